import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { tagSetFlags } from "../../kit/flags.ts";
import { setTags } from "../../kit/shared.ts";
import { subnetPool } from "../../resources/network/subnet_pool.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import { defaultFlags, poolAttrs, prefixFlags, quotaFlag } from "./_attrs.ts";

export default updateCommand(subnetPool, {
  summary: "Change a subnet pool",
  positional: { name: "subnetPool", metavar: "<subnet-pool>", help: "Subnet pool (name or ID)" },
  flags: {
    extraProperty: extraPropertyFlag,
    name: flag.string({ metavar: "<name>", help: "New name" }),
    ...prefixFlags(false),
    addressScope: flag.string({
      group: "scope",
      metavar: "<address-scope>",
      help: "Address scope of the pool (name or ID); prefixes are unique within a scope",
    }),
    noAddressScope: flag.boolean({
      group: "scope",
      help: "Take the pool out of its address scope",
    }),
    ...defaultFlags,
    description: flag.string({ metavar: "<description>", help: "New description" }),
    defaultQuota: quotaFlag,
    ...tagSetFlags("subnet pool"),
  },
  async body({ flags: f, ctx, svc }, item) {
    const attrs = await poolAttrs(ctx, svc, f);
    // the pool keeps its prefixes: new ones are added to them
    if (Array.isArray(attrs.prefixes) && Array.isArray(item.prefixes)) {
      attrs.prefixes = [...attrs.prefixes, ...item.prefixes];
    }
    const all = withExtraAttributes(attrs, parseExtraProperties(f.extraProperty));
    return Object.keys(all).length ? all : undefined;
  },
  after: async ({ flags: f, svc }, item) => void await setTags(svc, subnetPool, item, f),
});
