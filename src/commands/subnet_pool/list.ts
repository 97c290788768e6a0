import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { projectFlags, tagFilterFlags } from "../../kit/flags.ts";
import { findItem } from "../../kit/resource.ts";
import { projectId, tagFilterQuery } from "../../kit/shared.ts";
import { addressScope } from "../../resources/network/address_scope.ts";
import { subnetPool } from "../../resources/network/subnet_pool.ts";

const bool = (yes: boolean, no: boolean) => yes ? "True" : no ? "False" : undefined;

export default listCommand(subnetPool, {
  summary: "List subnet pools",
  flags: {
    long: flag.boolean({ help: "More columns" }),
    share: flag.boolean({ group: "share", help: "Only shared pools" }),
    noShare: flag.boolean({ group: "share", help: "Only pools not shared" }),
    default: flag.boolean({ group: "default", help: "Only the default pools" }),
    noDefault: flag.boolean({ group: "default", help: "Only pools that are not default" }),
    ...projectFlags("Only pools of this project (name or ID)"),
    name: flag.string({ metavar: "<name>", help: "Only pools of this name" }),
    addressScope: flag.string({
      metavar: "<address-scope>",
      help: "Only pools of this address scope (name or ID)",
    }),
    ...tagFilterFlags("subnet pools"),
  },
  columns: [["ID", "id"], ["Name", "name"], ["Prefixes", "prefixes"]],
  long: [
    ["ID", "id"],
    ["Name", "name"],
    ["Prefixes", "prefixes"],
    ["Default Prefix Length", "default_prefix_length"],
    ["Address Scope", "address_scope_id"],
    ["Default Subnet Pool", "is_default"],
    ["Shared", "is_shared"],
    ["Tags", "tags"],
  ],
  async query(f, ctx) {
    const svc = await ctx.service("network");
    return {
      shared: bool(f.share, f.noShare),
      is_default: bool(f.default, f.noDefault),
      project_id: f.project ? await projectId(ctx, f.project, f.projectDomain) : undefined,
      name: f.name,
      address_scope_id: f.addressScope
        ? (await findItem(svc, addressScope, f.addressScope)).id
        : undefined,
      ...tagFilterQuery(f),
    };
  },
});
