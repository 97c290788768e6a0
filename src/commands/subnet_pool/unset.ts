import { updateCommand } from "../../kit/commands.ts";
import { tagUnsetFlags } from "../../kit/flags.ts";
import { unsetTags } from "../../kit/shared.ts";
import { subnetPool } from "../../resources/network/subnet_pool.ts";

export default updateCommand(subnetPool, {
  summary: "Remove tags from a subnet pool",
  positional: { name: "subnetPool", metavar: "<subnet-pool>", help: "Subnet pool (name or ID)" },
  flags: tagUnsetFlags("subnet pool"),
  body: () => undefined,
  after: ({ flags: f, svc }, item) => unsetTags(svc, subnetPool, item, f),
});
