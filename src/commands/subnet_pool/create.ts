import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { projectFlags, tagCreateFlags } from "../../kit/flags.ts";
import { setTags } from "../../kit/shared.ts";
import { subnetPool } from "../../resources/network/subnet_pool.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import { defaultFlags, poolAttrs, prefixFlags, quotaFlag } from "./_attrs.ts";

export default createCommand(subnetPool, {
  summary: "Create a subnet pool",
  flags: {
    extraProperty: extraPropertyFlag,
    ...prefixFlags(true),
    ...projectFlags(),
    addressScope: flag.string({
      metavar: "<address-scope>",
      help: "Address scope of the pool (name or ID); prefixes are unique within a scope",
    }),
    ...defaultFlags,
    share: flag.boolean({ group: "share", help: "Share the pool with every project" }),
    noShare: flag.boolean({ group: "share", help: "Keep the pool to its project" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    defaultQuota: quotaFlag,
    ...tagCreateFlags("subnet pool"),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new subnet pool" }],
  async body({ flags: f, positionals, ctx, svc }) {
    const attrs = await poolAttrs(ctx, svc, { ...f, name: positionals.name as string });
    return withExtraAttributes(
      { prefixes: [], ...attrs },
      parseExtraProperties(f.extraProperty),
    );
  },
  // Neutron takes no tags on create
  after: ({ flags: f, svc }, item) => setTags(svc, subnetPool, item, f),
});
