import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { backupAction, findBackup, updateBackup } from "../../../api/volume/backups.ts";
import { failureSteps } from "../../../kit/steps.ts";
import { requireVersion, supports } from "../../../kit/versions.ts";
import { keyValuePairs } from "../../_common.ts";

export default defineCommand({
  summary: "Change a volume backup's name, description, state or properties",
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name (needs 3.9)" }),
    description: flag.string({ metavar: "<description>", help: "New description (needs 3.9)" }),
    state: flag.string({
      metavar: "<state>",
      choices: ["available", "error"],
      help: "Force the state recorded in the database (admin only; nothing is checked)",
    }),
    noProperty: flag.boolean({
      help: "Remove every property first (with --property: replace them; needs 3.43)",
    }),
    property: flag.list({
      metavar: "<key=value>",
      help: "Property to set (repeatable; needs 3.43)",
    }),
  },
  positionals: [{ name: "backup", metavar: "<backup>", help: "Backup (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const properties = Object.fromEntries(keyValuePairs(f.property));
    const svc = await ctx.service("block-storage");
    const backup = await findBackup(svc, positionals.backup as string);
    const steps = failureSteps(ctx);
    if (f.state) {
      await steps.step(
        "Failed to set backup state",
        () => backupAction(svc, backup.id, "os-reset_status", { status: f.state }),
      );
    }
    const changes: Record<string, unknown> = {};
    if (f.name) {
      requireVersion(svc, "3.9", "the --name option");
      changes.name = f.name;
    }
    if (f.description) {
      requireVersion(svc, "3.9", "the --description option");
      changes.description = f.description;
    }
    if (f.noProperty) requireVersion(svc, "3.43", "the --no-property option");
    if (Object.keys(properties).length) requireVersion(svc, "3.43", "the --property option");
    // from 3.43 python always sends the whole metadata
    if (supports(svc, "3.43")) {
      const metadata = f.noProperty
        ? {}
        : { ...((backup.metadata ?? {}) as Record<string, unknown>) };
      changes.metadata = Object.assign(metadata, properties);
    }
    if (Object.keys(changes).length) {
      await steps.step("Failed to update backup", () => updateBackup(svc, backup.id, changes));
    }
    steps.finish("One or more of the set operations failed");
  },
});
