/** consistency group add volume / remove volume: one lookup and update, two verbs. */
import { defineCommand } from "../../cli/command.ts";
import { findConsistencyGroup } from "../../api/volume/volumes.ts";
import { logLine } from "../../http/errors.ts";
import { findVolumeIds, updateGroup } from "../../resources/volume/consistency_group.ts";

export function groupVolumesCommand(o: {
  summary: string;
  groupHelp: string;
  volumesHelp: string;
  /** python's verb in "N of M volumes failed to <verb>." */
  verb: "add" | "remove";
}) {
  return defineCommand({
    summary: o.summary,
    flags: {},
    positionals: [
      { name: "group", metavar: "<consistency-group>", help: o.groupHelp },
      { name: "volumes", metavar: "<volume>", help: o.volumesHelp, arity: "many" },
    ],
    async run({ positionals }, ctx) {
      const svc = await ctx.service("block-storage");
      const volumes = positionals.volumes as string[];
      const { failed, ids } = await findVolumeIds(ctx, svc, volumes);
      // python logs the count and goes on with the volumes it found (exit 0)
      if (failed) {
        await ctx.stderr.write(
          logLine(`${failed} of ${volumes.length} volumes failed to ${o.verb}.`) + "\n",
        );
      }
      if (!ids.length) return;
      const group = await findConsistencyGroup(svc, positionals.group as string);
      await updateGroup(svc, group.id, { [`${o.verb}_volumes`]: ids.join(",") });
    },
  });
}
