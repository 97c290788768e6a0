import { flag } from "../../../cli/flags.ts";
import type { Column } from "../../../kit/attrs.ts";
import { defineCommand } from "../../../cli/command.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { listResult } from "../../../kit/attrs.ts";
import { findItem, listAll } from "../../../kit/resource.ts";
import { securityGroup } from "../../../resources/network/security_group.ts";
import {
  isIcmp,
  remotePrefix,
  securityGroupRule,
} from "../../../resources/network/security_group_rule.ts";
import type { Cell } from "../../../output/types.ts";

type Rule = Readonly<Record<string, unknown>>;

/** "type=3:code=0" for ICMP, "22:24" for a port range, "" for neither. */
function portRange(_: unknown, r: Rule): Cell {
  const min = r.port_range_min ?? null;
  const max = r.port_range_max ?? null;
  if (isIcmp(r.protocol)) {
    return `${min ? `type=${min}` : ""}${max ? `:code=${max}` : ""}`;
  }
  if (!min && !max) return "";
  return `${min ?? max}:${max ?? min}`;
}

const COLUMNS: readonly Column[] = [
  ["ID", "id"],
  ["IP Protocol", "protocol"],
  ["Ethertype", "ether_type"],
  ["IP Range", "remote_ip_prefix", (_, r) => remotePrefix(r) as Cell],
  ["Port Range", "port_range", portRange],
  ["Direction", "direction"],
  ["Remote Security Group", "remote_group_id"],
  ["Remote Address Group", "remote_address_group_id"],
];

export default defineCommand({
  summary: "List security group rules",
  output: "list",
  flags: {
    // kept by python for old scripts: Neutron shows an admin every project anyway
    allProjects: flag.boolean({ hidden: true, help: "Accepted and ignored" }),
    protocol: flag.string({
      metavar: "<protocol>",
      lower: true,
      help: "Only rules of this IP protocol",
    }),
    // python accepts it and filters nothing with it
    ethertype: flag.string({ metavar: "<ethertype>", lower: true, help: "Ethertype (ignored)" }),
    ingress: flag.boolean({ group: "direction", help: "Only rules for incoming traffic" }),
    egress: flag.boolean({ group: "direction", help: "Only rules for outgoing traffic" }),
    long: flag.boolean({ help: "Accepted and ignored (deprecated)" }),
  },
  positionals: [{
    name: "group",
    metavar: "<group>",
    arity: "optional",
    help: "Only rules of this security group (name or ID)",
  }],
  async run({ flags: f, positionals }, ctx) {
    if (f.long) {
      await ctx.stderr.write("The --long option has been deprecated and is no longer needed\n");
    }
    const svc = await ctx.service("network");
    const group = positionals.group as string | undefined;
    const rules = await sdkCall((async () => {
      const q: Record<string, string> = {};
      if (group !== undefined) q.security_group_id = (await findItem(svc, securityGroup, group)).id;
      if (f.ingress) q.direction = "ingress";
      if (f.egress) q.direction = "egress";
      if (f.protocol !== undefined) q.protocol = f.protocol;
      return await listAll(svc, securityGroupRule, q);
    })());
    const columns = group === undefined
      ? [...COLUMNS, ["Security Group", "security_group_id"] as const]
      : COLUMNS;
    return listResult(securityGroupRule.attrs, rules, columns);
  },
});
