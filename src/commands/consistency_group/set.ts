import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { findConsistencyGroup } from "../../api/volume/volumes.ts";
import { updateGroup } from "../../resources/volume/consistency_group.ts";

export default defineCommand({
  summary: "Change a consistency group",
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
  },
  positionals: [{
    name: "group",
    metavar: "<consistency-group>",
    help: "Consistency group to change (name or ID)",
  }],
  async run({ flags: f, positionals }, ctx) {
    // python leaves out empty values, and sends nothing (finds nothing) when none is left
    const changes: Record<string, string> = {};
    if (f.name) changes.name = f.name;
    if (f.description) changes.description = f.description;
    if (!Object.keys(changes).length) return;
    const svc = await ctx.service("block-storage");
    await updateGroup(
      svc,
      (await findConsistencyGroup(svc, positionals.group as string)).id,
      changes,
    );
  },
});
