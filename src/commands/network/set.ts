import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { sdkFindQosPolicy } from "../../api/network/networks.ts";
import { updateCommand } from "../../kit/commands.ts";
import { tagSetFlags } from "../../kit/flags.ts";
import { setTags } from "../../kit/shared.ts";
import { updateItem } from "../../kit/resource.ts";
import { network } from "../../resources/network/network.ts";
import { checkMissingExtension } from "../../resources/network/extension.ts";
import { pyReprString } from "../../output/pyrepr.ts";
import { parsePyInt } from "../_common.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";

/** openstacksdk converts mtu to int before sending it. */
function mtu(s: string): number {
  const n = parsePyInt(s);
  if (n === undefined) {
    throw new OscError(`invalid literal for int() with base 10: ${pyReprString(s)}`);
  }
  return n;
}

export default updateCommand(network, {
  summary: "Change a network",
  positional: { name: "network", metavar: "<network>", help: "Network (name or ID)" },
  flags: {
    extraProperty: extraPropertyFlag,
    name: flag.string({ metavar: "<name>", help: "New name" }),
    enable: flag.boolean({ group: "state", help: "Enable the network" }),
    disable: flag.boolean({ group: "state", help: "Disable the network" }),
    share: flag.boolean({ group: "share", help: "Share the network with every project" }),
    noShare: flag.boolean({ group: "share", help: "Stop sharing the network" }),
    description: flag.string({ metavar: "<description", help: "New description" }),
    mtu: flag.string({ metavar: "<mtu", help: "New MTU" }),
    enablePortSecurity: flag.boolean({
      group: "port-security",
      help: "New ports on the network get port security by default",
    }),
    disablePortSecurity: flag.boolean({
      group: "port-security",
      help: "New ports on the network get no port security by default",
    }),
    external: flag.boolean({ group: "external", help: "Make the network external" }),
    internal: flag.boolean({ group: "external", help: "Make the network internal" }),
    default: flag.boolean({ group: "default", help: "Make it the default external network" }),
    noDefault: flag.boolean({
      group: "default",
      help: "Stop it being the default external network",
    }),
    qosPolicy: flag.string({
      metavar: "<qos-policy>",
      group: "qos",
      help: "QoS policy (name or ID)",
    }),
    noQosPolicy: flag.boolean({ group: "qos", help: "Remove the QoS policy" }),
    ...tagSetFlags("network"),
    providerNetworkType: flag.string({
      metavar: "<provider-network-type>",
      help: "Physical mechanism (flat, geneve, gre, local, vlan, vxlan)",
    }),
    providerPhysicalNetwork: flag.string({
      metavar: "<provider-physical-network>",
      help: "Physical network name",
    }),
    providerSegment: flag.string({
      metavar: "<provider-segment>",
      help: "VLAN ID or tunnel ID",
    }),
    dnsDomain: flag.string({ metavar: "<dns-domain>", help: "DNS domain (dns-integration)" }),
  },
  validate: (f) => void parseExtraProperties(f.extraProperty),
  body: () => undefined, // the PUT goes through the extension check below
  async after({ flags: f, svc }, item) {
    const extra = parseExtraProperties(f.extraProperty);
    const attrs: Record<string, unknown> = {};
    if (f.name !== undefined) attrs.name = f.name;
    if (f.enable) attrs.admin_state_up = true;
    if (f.disable) attrs.admin_state_up = false;
    if (f.share) attrs.shared = true;
    if (f.noShare) attrs.shared = false;
    if (f.enablePortSecurity) attrs.port_security_enabled = true;
    if (f.disablePortSecurity) attrs.port_security_enabled = false;
    if (f.description) attrs.description = f.description;
    if (f.mtu) attrs.mtu = mtu(f.mtu);
    if (f.internal) attrs["router:external"] = false;
    if (f.external) attrs["router:external"] = true;
    if (f.noDefault) attrs.is_default = false;
    if (f.default) attrs.is_default = true;
    if (f.providerNetworkType) attrs["provider:network_type"] = f.providerNetworkType;
    if (f.providerPhysicalNetwork) attrs["provider:physical_network"] = f.providerPhysicalNetwork;
    if (f.providerSegment) attrs["provider:segmentation_id"] = f.providerSegment;
    if (f.qosPolicy !== undefined) {
      attrs.qos_policy_id = (await sdkFindQosPolicy(svc, f.qosPolicy)).id;
    }
    if (f.noQosPolicy) attrs.qos_policy_id = null;
    if (f.dnsDomain) attrs.dns_domain = f.dnsDomain;
    const body = withExtraAttributes(attrs, extra);
    if (Object.keys(body).length) {
      await checkMissingExtension(svc, body, updateItem(svc, network, item.id, body));
    }
    await setTags(svc, network, item, f);
  },
});
