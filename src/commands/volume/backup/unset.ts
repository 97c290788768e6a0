import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findBackup, updateBackup } from "../../../api/volume/backups.ts";
import { warn } from "../../../cli/verbosity.ts";
import { requireVersion } from "../../../kit/versions.ts";

export default defineCommand({
  summary: "Remove properties from a volume backup (needs 3.43)",
  flags: {
    property: flag.list({ metavar: "<key>", help: "Property to remove (repeatable)" }),
  },
  positionals: [{ name: "backup", metavar: "<backup>", help: "Backup (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireVersion(svc, "3.43", "the --property option");
    const backup = await findBackup(svc, positionals.backup as string);
    const metadata = { ...((backup.metadata ?? {}) as Record<string, unknown>) };
    for (const key of f.property) {
      if (!(key in metadata)) {
        await warn(
          ctx,
          `'${key}' is not a valid property for backup '${positionals.backup}'`,
        );
        continue;
      }
      delete metadata[key];
    }
    await updateBackup(svc, backup.id, { metadata });
  },
});
