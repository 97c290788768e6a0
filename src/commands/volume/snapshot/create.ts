import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { findVolume } from "../../../api/volume/volumes.ts";
import { createSnapshot } from "../../../api/volume/snapshots.ts";
import { warn } from "../../../cli/verbosity.ts";
import { supports } from "../../../kit/versions.ts";
import { keyValuePairs } from "../../_common.ts";
import { snapshotShow } from "./_snapshot.ts";

/** cinderclient's refusal of force=False from 3.66 on (python passes --force as given). */
const FORCE_366 = "Since microversion 3.66 of the Block Storage API,  the 'force' option is " +
  "invalid for this request.  For backward compatibility, however, when the " +
  "'force' flag is passed with a value evaluating to True, it is silently ignored.";

export default defineCommand({
  summary: "Snapshot a volume",
  output: "show",
  flags: {
    volume: flag.string({
      metavar: "<volume>",
      help: "Volume to snapshot (name or ID; default: the snapshot's name)",
    }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    force: flag.boolean({ help: "Snapshot it even while attached to a server" }),
    property: flag.list({ metavar: "<key=value>", help: "Property to set (repeatable)" }),
    remoteSource: flag.list({
      metavar: "<key=value>",
      help: "Adopt an existing back-end snapshot with these attributes (admin only; repeatable)",
    }),
  },
  positionals: [{
    name: "snapshotName",
    metavar: "<snapshot-name>",
    help: "Name of the new snapshot",
  }],
  async run({ flags: f, positionals }, ctx) {
    // argparse runs KeyValueAction while parsing
    const metadata = f.property.length ? Object.fromEntries(keyValuePairs(f.property)) : null;
    const ref = f.remoteSource.length ? Object.fromEntries(keyValuePairs(f.remoteSource)) : null;
    const name = positionals.snapshotName as string;
    const svc = await ctx.service("block-storage");
    const volumeId = (await findVolume(svc, f.volume || name)).id;
    if (ref) {
      if (f.force) {
        await warn(
          ctx,
          "'--force' option will not work when you create new volume snapshot from an existing remote volume snapshot",
        );
      }
      return snapshotShow(
        await createSnapshot(svc, {
          volume_id: volumeId,
          ref,
          name,
          description: f.description ?? null,
          metadata,
        }, true),
      );
    }
    const attrs: Record<string, unknown> = { volume_id: volumeId };
    if (supports(svc, "3.66")) {
      if (!f.force) throw new OscError(FORCE_366);
    } else {
      attrs.force = f.force;
    }
    Object.assign(attrs, { name, description: f.description ?? null, metadata: metadata ?? {} });
    return snapshotShow(await createSnapshot(svc, attrs));
  },
});
