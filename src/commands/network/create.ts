import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import {
  createNetwork,
  NETWORK_SDK_NAMES,
  sdkFindQosPolicy,
  setNetworkTags,
} from "../../api/network/networks.ts";
import { projectId } from "../../kit/shared.ts";
import { networkShowCall, sdkBody } from "../../api/sdk.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import { networkShow } from "./_network.ts";

export default defineCommand({
  summary: "Create new network",
  output: "show",
  flags: {
    extraProperty: extraPropertyFlag, // python adds it before the command's own options
    share: flag.boolean({ group: "share", help: "Share the network with all projects" }),
    noShare: flag.boolean({ group: "share", help: "Keep the network to its own project" }),
    enable: flag.boolean({ group: "state", help: "Create it administratively up (the default)" }),
    disable: flag.boolean({ group: "state", help: "Create it administratively down" }),
    project: flag.string({ metavar: "<project>", help: "Project to own the network (name or ID)" }),
    description: flag.string({ metavar: "<description>", help: "Description of the network" }),
    mtu: flag.string({ metavar: "<mtu>", help: "MTU of the network (bytes)" }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
    availabilityZoneHint: flag.list({
      metavar: "<availability-zone>",
      help: "Availability zone for the network (repeatable; needs the AZ extension)",
    }),
    enablePortSecurity: flag.boolean({
      group: "port-security",
      help: "New ports on it get port security (the default)",
    }),
    disablePortSecurity: flag.boolean({
      group: "port-security",
      help: "New ports on it get no port security",
    }),
    external: flag.boolean({
      group: "external",
      help: "Make it an external network (needs the external-net extension)",
    }),
    internal: flag.boolean({
      group: "external",
      help: "Make it an internal network (the default)",
    }),
    default: flag.boolean({
      group: "default",
      help: "Make it the default external network",
    }),
    noDefault: flag.boolean({
      group: "default",
      help: "Do not make it the default external network (the default)",
    }),
    qosPolicy: flag.string({
      metavar: "<qos-policy>",
      help: "QoS policy for the network (name or ID)",
    }),
    transparentVlan: flag.boolean({
      group: "vlan",
      help: "Pass VLAN tags through (VLAN transparent)",
    }),
    noTransparentVlan: flag.boolean({
      group: "vlan",
      help: "Do not pass VLAN tags through",
    }),
    providerNetworkType: flag.string({
      metavar: "<provider-network-type>",
      help: "Provider network type, e.g. flat, geneve, gre, local, vlan or vxlan",
    }),
    providerPhysicalNetwork: flag.string({
      metavar: "<provider-physical-network>",
      help: "Physical network the provider network runs on",
    }),
    providerSegment: flag.string({
      metavar: "<provider-segment>",
      help: "Segment: the VLAN ID, or the tunnel ID for GENEVE/GRE/VXLAN",
    }),
    dnsDomain: flag.string({
      metavar: "<dns-domain>",
      help: "DNS domain of the network (needs the DNS integration extension)",
    }),
    tag: flag.list({
      group: "tag",
      metavar: "<tag>",
      help: "Tag for the network (repeatable)",
    }),
    noTag: flag.boolean({ group: "tag", help: "Create the network without tags" }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new network" }],
  async run({ flags: f, positionals }, ctx) {
    const extra = parseExtraProperties(f.extraProperty); // argparse checks these while parsing
    const attrs: Record<string, unknown> = { name: positionals.name };
    // --enable is on by default there: admin_state_up is always sent
    attrs.admin_state_up = !f.disable;
    if (f.share) attrs.shared = true;
    if (f.noShare) attrs.shared = false;
    if (f.enablePortSecurity) attrs.port_security_enabled = true;
    if (f.disablePortSecurity) attrs.port_security_enabled = false;
    if (f.project !== undefined) {
      attrs.project_id = await projectId(ctx, f.project, f.projectDomain);
    }
    if (f.availabilityZoneHint.length) attrs.availability_zone_hints = f.availabilityZoneHint;
    if (f.description) attrs.description = f.description;
    if (f.mtu) attrs.mtu = f.mtu;
    if (f.internal) attrs["router:external"] = false;
    if (f.external) attrs["router:external"] = true;
    if (f.noDefault) attrs.is_default = false;
    if (f.default) attrs.is_default = true;
    if (f.providerNetworkType) attrs["provider:network_type"] = f.providerNetworkType;
    if (f.providerPhysicalNetwork) attrs["provider:physical_network"] = f.providerPhysicalNetwork;
    if (f.providerSegment) attrs["provider:segmentation_id"] = f.providerSegment;
    if (f.dnsDomain) attrs.dns_domain = f.dnsDomain;

    const network = await ctx.service("network");
    return networkShow(
      await networkShowCall((async () => {
        // python's order: the QoS lookup, then the VLAN flags and the extra properties
        if (f.qosPolicy !== undefined) {
          attrs.qos_policy_id = (await sdkFindQosPolicy(network, f.qosPolicy)).id;
        }
        if (f.transparentVlan) attrs.vlan_transparent = true;
        if (f.noTransparentVlan) attrs.vlan_transparent = false;
        const body = sdkBody(withExtraAttributes(attrs, extra), NETWORK_SDK_NAMES);
        const created = await createNetwork(network, body);
        // Neutron takes no tags on create: they are set afterwards, sorted
        const had = Array.isArray(created.tags) ? created.tags.map(String) : [];
        const want = [...new Set(f.noTag ? f.tag : [...had, ...f.tag])].sort();
        if (want.length !== had.length || want.some((t) => !had.includes(t))) {
          await setNetworkTags(network, created.id, want);
          return { ...created, tags: want };
        }
        return created;
      })()),
    );
  },
});
