import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findConsistencyGroup } from "../../../api/volume/volumes.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import { createCgsnapshot } from "../../../resources/volume/cgsnapshot.ts";

export default defineCommand({
  summary: "Create a consistency group snapshot",
  output: "show",
  flags: {
    consistencyGroup: flag.string({
      metavar: "<consistency-group>",
      help: "Consistency group to snapshot (name or ID; default: <snapshot-name>)",
    }),
    description: flag.string({ metavar: "<description>", help: "Description of the snapshot" }),
  },
  positionals: [{
    name: "name",
    metavar: "<snapshot-name>",
    help: "Name of the snapshot",
    arity: "optional",
  }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const name = (positionals.name as string | undefined) ?? null;
    // python looks up the snapshot's own name when no group is given (None: a GET of /None)
    const group = await findConsistencyGroup(svc, f.consistencyGroup || (name ?? "None"));
    return bodyShowResult(
      await createCgsnapshot(svc, group.id, { name, description: f.description ?? null }),
    );
  },
});
