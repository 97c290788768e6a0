import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { projectFlags, tagCreateFlags } from "../../kit/flags.ts";
import { createItem, findItem } from "../../kit/resource.ts";
import { setTags } from "../../kit/shared.ts";
import { checkMissingExtension, hasExtension } from "../../resources/network/extension.ts";
import { network } from "../../resources/network/network.ts";
import { port } from "../../resources/network/port.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import {
  commonAttrs,
  parseAddressPairs,
  parseBindingProfile,
  parseDhcpOptions,
  parseFixedIps,
  portBody,
  resolveFixedIps,
  securityGroupIds,
} from "./_attrs.ts";
import {
  allowedAddressFlag,
  bindingProfileFlag,
  enableFlags,
  extraDhcpOptionFlag,
  fixedIpFlags,
  portSecurityFlags,
  qosPolicyFlag,
  securityGroupFlags,
  updatableFlags,
} from "./_flags.ts";

export default createCommand(port, {
  summary: "Create a port",
  flags: {
    extraProperty: extraPropertyFlag,
    network: flag.string({ metavar: "<network>", required: true, help: "Network (name or ID)" }),
    ...updatableFlags,
    ...fixedIpFlags("fixed-ip"),
    bindingProfile: bindingProfileFlag,
    ...enableFlags(" (default)"),
    enableUplinkStatusPropagation: flag.boolean({
      group: "uplink",
      help: "Propagate the uplink status",
    }),
    disableUplinkStatusPropagation: flag.boolean({
      group: "uplink",
      help: "Do not propagate the uplink status (default)",
    }),
    ...projectFlags(),
    extraDhcpOption: extraDhcpOptionFlag,
    ...securityGroupFlags("security-group"),
    qosPolicy: qosPolicyFlag,
    ...portSecurityFlags,
    allowedAddress: allowedAddressFlag,
    deviceProfile: flag.string({ metavar: "<device-profile>", help: "Cyborg device profile" }),
    ...tagCreateFlags("port"),
  },
  positionals: [{
    name: "name",
    metavar: "<name>",
    help: "Name of the new port",
    afterOptions: true,
  }],
  async body({ flags: f, positionals, ctx, svc }) {
    // argparse checks these while parsing
    const extra = parseExtraProperties(f.extraProperty);
    const fixed = parseFixedIps(f.fixedIp);
    const profile = parseBindingProfile(f.bindingProfile);
    const pairs = parseAddressPairs(f.allowedAddress);
    const dhcp = parseDhcpOptions(f.extraDhcpOption);
    const networkId = (await findItem(svc, network, f.network!)).id;
    const fixedIps = await resolveFixedIps(svc, fixed);
    // --enable is on unless --disable: admin_state_up is always sent
    const a = await commonAttrs(ctx, svc, { ...f, enable: true }, {
      name: positionals.name as string,
      networkId,
    });
    if (profile) a["binding:profile"] = profile;
    if (fixedIps.length) a.fixed_ips = fixedIps;
    else if (f.noFixedIp) a.fixed_ips = [];
    if (f.securityGroup.length) a.security_group_ids = await securityGroupIds(svc, f.securityGroup);
    else if (f.noSecurityGroup) a.security_group_ids = [];
    if (pairs.length) a.allowed_address_pairs = pairs;
    if (dhcp.length) a.extra_dhcp_opts = dhcp;
    if (await hasExtension(svc, "tag-ports-during-bulk-creation")) {
      if (f.noTag) a.tags = [];
      if (f.tag.length) a.tags = [...new Set(f.tag)].sort();
    }
    return withExtraAttributes(a, extra);
  },
  // openstacksdk keeps what it sent where the response is silent (numa_affinity_policy)
  async create({ svc }, attrs) {
    const body = portBody(attrs);
    return { ...body, ...await checkMissingExtension(svc, attrs, createItem(svc, port, body)) };
  },
  // without the extension, tags follow the POST (no request when they are there already)
  after: ({ flags: f, svc }, item) => setTags(svc, port, item, f),
});
