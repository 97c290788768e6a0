import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { tagSetFlags } from "../../kit/flags.ts";
import { updateItem } from "../../kit/resource.ts";
import { setTags } from "../../kit/shared.ts";
import { checkMissingExtension } from "../../resources/network/extension.ts";
import { port } from "../../resources/network/port.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import * as parse from "./_attrs.ts";
import * as shared from "./_flags.ts";

type Dict = Record<string, unknown>;

/** The port's own list, without empty entries (openstacksdk reads a missing list as [{}]). */
const current = (v: unknown): unknown[] =>
  Array.isArray(v)
    ? v.filter((x) => x && (typeof x !== "object" || Object.keys(x).length > 0))
    : [];

export default updateCommand(port, {
  summary: "Change a port",
  positional: { name: "port", metavar: "<port>", help: "Port (name or ID)" },
  flags: {
    extraProperty: extraPropertyFlag,
    ...shared.updatableFlags,
    ...shared.enableFlags(""),
    name: flag.string({ metavar: "<name>", help: "New name" }),
    ...shared.fixedIpFlags(),
    bindingProfile: shared.bindingProfileFlag,
    noBindingProfile: flag.boolean({
      help: "Clear binding:profile (with --binding-profile: replace it)",
    }),
    qosPolicy: shared.qosPolicyFlag,
    ...shared.securityGroupFlags(),
    ...shared.portSecurityFlags,
    allowedAddress: shared.allowedAddressFlag,
    noAllowedAddress: flag.boolean({
      help: "Clear the allowed address pairs (with --allowed-address: replace them)",
    }),
    extraDhcpOption: shared.extraDhcpOptionFlag,
    dataPlaneStatus: flag.string({
      metavar: "<status>",
      choices: ["ACTIVE", "DOWN"],
      help: "Data plane status (needs the data plane status extension)",
    }),
    ...tagSetFlags("port"),
  },
  validate(f) {
    parseExtraProperties(f.extraProperty);
    parse.parseFixedIps(f.fixedIp);
    parse.parseBindingProfile(f.bindingProfile);
    parse.parseAddressPairs(f.allowedAddress);
    parse.parseDhcpOptions(f.extraDhcpOption);
  },
  // python resolves the subnets before it finds the port
  prepare: ({ flags: f, svc }) => parse.resolveFixedIps(svc, parse.parseFixedIps(f.fixedIp)),
  async body({ flags: f, ctx, svc }, item, fixedIps) {
    const a = await parse.commonAttrs(ctx, svc, f, { name: f.name });
    if (f.noBindingProfile) a["binding:profile"] = {};
    const profile = parse.parseBindingProfile(f.bindingProfile);
    if (profile) {
      const had = (a["binding:profile"] ?? item["binding:profile"] ?? {}) as Dict;
      a["binding:profile"] = { ...had, ...profile };
    }
    if (f.noFixedIp) a.fixed_ips = [];
    if (fixedIps.length) {
      a.fixed_ips = [...(f.noFixedIp ? [] : current(item.fixed_ips)), ...fixedIps];
    }
    if (f.noSecurityGroup) a.security_group_ids = [];
    if (f.securityGroup.length) {
      a.security_group_ids = [
        ...(f.noSecurityGroup ? [] : current(item.security_groups)),
        ...await parse.securityGroupIds(svc, f.securityGroup),
      ];
    }
    if (f.noAllowedAddress) a.allowed_address_pairs = [];
    if (f.allowedAddress.length) {
      a.allowed_address_pairs = [
        ...(f.noAllowedAddress ? [] : current(item.allowed_address_pairs)),
        ...parse.parseAddressPairs(f.allowedAddress),
      ];
    }
    const dhcp = parse.parseDhcpOptions(f.extraDhcpOption);
    if (dhcp.length) a.extra_dhcp_opts = dhcp;
    if (f.dataPlaneStatus) a.data_plane_status = f.dataPlaneStatus;
    const attrs = withExtraAttributes(a, parseExtraProperties(f.extraProperty));
    return Object.keys(attrs).length ? attrs : undefined;
  },
  update: ({ svc }, item, attrs) =>
    checkMissingExtension(svc, attrs, updateItem(svc, port, item.id, parse.portBody(attrs))),
  after: async ({ flags: f, svc }, item) => void await setTags(svc, port, item, f),
});
