import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findSnapshot } from "../../../api/volume/volumes.ts";
import {
  deleteSnapshotMetadata,
  setSnapshotMetadata,
  snapshotAction,
  updateSnapshot,
} from "../../../api/volume/snapshots.ts";
import { failureSteps } from "../../../kit/steps.ts";
import { keyValuePairs } from "../../_common.ts";

export default defineCommand({
  summary: "Change a volume snapshot's name, description, properties or state",
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    noProperty: flag.boolean({
      help: "Remove every property first (with --property: replace them)",
    }),
    property: flag.list({ metavar: "<key=value>", help: "Property to set (repeatable)" }),
    state: flag.string({
      metavar: "<state>",
      choices: ["available", "error", "creating", "deleting", "error_deleting"],
      help: "Force the state recorded in the database (admin only; nothing is checked)",
    }),
  },
  positionals: [{ name: "snapshot", metavar: "<snapshot>", help: "Snapshot (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const properties = f.property.length ? Object.fromEntries(keyValuePairs(f.property)) : null;
    const svc = await ctx.service("block-storage");
    const snapshot = await findSnapshot(svc, positionals.snapshot as string);
    const id = snapshot.id;
    const steps = failureSteps(ctx);
    if (f.noProperty) {
      await steps.step(
        "Failed to clean snapshot properties",
        () =>
          deleteSnapshotMetadata(
            svc,
            id,
            Object.keys((snapshot.metadata ?? {}) as Record<string, unknown>),
          ),
      );
    }
    if (properties) {
      await steps.step(
        "Failed to set snapshot property",
        () => setSnapshotMetadata(svc, id, properties),
      );
    }
    if (f.state) {
      await steps.step(
        "Failed to set snapshot state",
        () => snapshotAction(svc, id, "os-reset_status", { status: f.state }),
      );
    }
    const changes: Record<string, string> = {};
    if (f.name) changes.name = f.name;
    if (f.description) changes.description = f.description;
    if (Object.keys(changes).length) {
      await steps.step(
        "Failed to update snapshot name or description",
        () => updateSnapshot(svc, id, changes),
      );
    }
    steps.finish("One or more of the set operations failed");
  },
});
