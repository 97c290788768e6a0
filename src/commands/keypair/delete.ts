import { defineCommand } from "../../cli/command.ts";
import { userFlags } from "../../kit/flags.ts";
import { deleteEach } from "../../kit/bulk.ts";
import { deleteItem } from "../../kit/resource.ts";
import { userId } from "../../kit/shared.ts";
import { requireVersion } from "../../kit/versions.ts";
import { keypair } from "../../resources/compute/keypair.ts";

export default defineCommand({
  summary: "Delete key pairs",
  flags: userFlags("Owner of the key pairs (name or ID; admin only; microversion 2.10+)"),
  positionals: [{ name: "name", metavar: "<key>", help: "Key pair names", arity: "many" }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    if (f.user) requireVersion(compute, "2.10", "the --user option");
    const user_id = await userId(ctx, f.user, f.userDomain);
    // by name, with no lookup first: openstacksdk deletes the key it is given
    await deleteEach(
      ctx,
      "key",
      positionals.name as string[],
      (name) => deleteItem(compute, keypair, name, { user_id }),
      undefined,
      (name, why) => `Failed to delete key with name '${name}': ${why}`,
    );
  },
});
