import { abortServerMigration } from "../../../api/compute/migrations.ts";
import { migrationActionCommand } from "./_migration.ts";

export default migrationActionCommand({
  summary: "Cancel a server's live migration (compute API 2.24 or later)",
  min: "2.24",
  what: "the server migration abort command",
  call: abortServerMigration,
});
