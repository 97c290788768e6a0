import { flag } from "../../../cli/flags.ts";
import { UsageError } from "../../../cli/errors.ts";
import { OscError } from "../../../errors.ts";
import { createCommand } from "../../../kit/commands.ts";
import { projectFlags } from "../../../kit/flags.ts";
import { findItem } from "../../../kit/resource.ts";
import { projectId } from "../../../kit/shared.ts";
import { pyReprString } from "../../../output/pyrepr.ts";
import { addressGroup } from "../../../resources/network/address_group.ts";
import { securityGroup } from "../../../resources/network/security_group.ts";
import { isIcmp, securityGroupRule } from "../../../resources/network/security_group_rule.ts";
import { parsePyInt } from "../../_common.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../_extra_property.ts";

const IPV6 = ["icmpv6", "41", "43", "44", "58", "59", "60"];

function int(s: string): number {
  const n = parsePyInt(s);
  if (n === undefined) {
    throw new OscError(`invalid literal for int() with base 10: ${pyReprString(s)}`);
  }
  return n;
}

/** osc_lib's RangeAction: "4" is 4:4, "6:9" is 6..9. */
function portRange(s: string): [number, number] {
  const parts = s.split(":");
  const usage = (m: string) =>
    new UsageError(`argument --dst-port: ${m}`, "openstack security group rule create");
  if (parts.length === 1) return [int(parts[0]), int(parts[0])];
  if (parts.length > 2) throw usage("Invalid range, too many values");
  const [a, b] = [int(parts[0]), int(parts[1])];
  if (a > b) throw usage(`Invalid range, ${parts[0]} is not less than ${parts[1]}`);
  return [a, b];
}

/** python's type=_convert_ipvx_case, before the choices check. */
function ipvxCase(s: string): string {
  const l = s.toLowerCase();
  return l === "ipv4" ? "IPv4" : l === "ipv6" ? "IPv6" : s;
}

export default createCommand(securityGroupRule, {
  summary: "Create a security group rule",
  flags: {
    extraProperty: extraPropertyFlag,
    remoteIp: flag.string({
      metavar: "<ip-address>",
      group: "remote",
      help: "Remote IP address block (CIDR; default 0.0.0.0/0 or ::/0)",
    }),
    remoteGroup: flag.string({
      metavar: "<group>",
      group: "remote",
      help: "Remote security group (name or ID)",
    }),
    remoteAddressGroup: flag.string({
      metavar: "<group>",
      group: "remote",
      help: "Remote address group (name or ID)",
    }),
    dstPort: flag.string({
      metavar: "<port-range>",
      help: "Destination port or range, e.g. 137:139 (TCP and UDP)",
    }),
    protocol: flag.string({
      metavar: "<protocol>",
      group: "protocol",
      lower: true,
      help: "IP protocol: a name such as tcp, udp, icmp, an integer 0-255, or any (default)",
    }),
    proto: flag.string({
      metavar: "<proto>",
      group: "protocol",
      lower: true,
      hidden: true,
      help: "--protocol",
    }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    icmpType: flag.integer({ metavar: "<icmp-type>", help: "ICMP type (ICMP protocols)" }),
    icmpCode: flag.integer({ metavar: "<icmp-code>", help: "ICMP code (ICMP protocols)" }),
    ingress: flag.boolean({ group: "direction", help: "Incoming traffic (default)" }),
    egress: flag.boolean({ group: "direction", help: "Outgoing traffic" }),
    ethertype: flag.string({
      metavar: "<ethertype>",
      choices: ["IPv4", "IPv6"],
      convert: ipvxCase,
      help: "Ethertype: IPv4 or IPv6 (default from the protocol)",
    }),
    ...projectFlags(),
  },
  positionals: [{ name: "group", metavar: "<group>", help: "Security group for the rule" }],
  wording: "network-show",
  async body({ flags: f, positionals, ctx, svc }) {
    const extra = parseExtraProperties(f.extraProperty);
    const dst = f.dstPort !== undefined ? portRange(f.dstPort) : undefined;
    const groupId = (await findItem(svc, securityGroup, positionals.group as string)).id;
    let protocol: string | null = f.proto ?? f.protocol ?? "any";
    if (protocol === "any") protocol = null;
    const a: Record<string, unknown> = { protocol };
    if (f.description !== undefined) a.description = f.description;
    a.direction = f.egress ? "egress" : "ingress";
    a.ethertype = f.ethertype ??
      (protocol !== null && (protocol.startsWith("ipv6-") || IPV6.includes(protocol))
        ? "IPv6"
        : "IPv4");
    if (dst && (f.icmpType || f.icmpCode)) {
      throw new OscError(
        "Argument --dst-port not allowed with arguments --icmp-type and --icmp-code",
      );
    }
    if (f.icmpType === undefined && f.icmpCode !== undefined) {
      throw new OscError("Argument --icmp-type required with argument --icmp-code");
    }
    const icmp = isIcmp(protocol);
    if (!icmp && (f.icmpType || f.icmpCode)) {
      throw new OscError("ICMP IP protocol required with arguments --icmp-type and --icmp-code");
    }
    if (dst && !icmp) [a.port_range_min, a.port_range_max] = dst;
    if (f.icmpType !== undefined && f.icmpType >= 0) a.port_range_min = f.icmpType;
    if (f.icmpCode !== undefined && f.icmpCode >= 0) a.port_range_max = f.icmpCode;
    if (f.remoteGroup !== undefined) {
      a.remote_group_id = (await findItem(svc, securityGroup, f.remoteGroup)).id;
    } else if (f.remoteAddressGroup !== undefined) {
      a.remote_address_group_id = (await findItem(svc, addressGroup, f.remoteAddressGroup)).id;
    } else if (f.remoteIp !== undefined) a.remote_ip_prefix = f.remoteIp;
    else a.remote_ip_prefix = a.ethertype === "IPv4" ? "0.0.0.0/0" : "::/0";
    a.security_group_id = groupId;
    if (f.project !== undefined) a.project_id = await projectId(ctx, f.project, f.projectDomain);
    return withExtraAttributes(a, extra);
  },
});
