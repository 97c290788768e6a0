import { defineCommand } from "../../../cli/command.ts";
import { deleteEach } from "../../../kit/bulk.ts";
import { deleteItem } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { helperPositional, helpersOf, routerPositional } from "./_router.ts";

export default defineCommand({
  summary: "Delete L3 conntrack helpers",
  flags: {},
  positionals: [routerPositional, { ...helperPositional, help: "Helpers (IDs)", arity: "many" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    // a router not found fails the whole command, before any helper
    const helpers = await worded("sdk", helpersOf(svc, positionals.router as string));
    await deleteEach(
      ctx,
      "L3 conntrack helper",
      positionals.helper_id as string[],
      (id) => deleteItem(svc, helpers, id),
      undefined,
      (item, why) => `Failed to delete L3 conntrack helper with ID '${item}': ${why}`,
    );
  },
});
