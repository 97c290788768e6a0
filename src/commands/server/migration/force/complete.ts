import { forceCompleteServerMigration } from "../../../../api/compute/migrations.ts";
import { migrationActionCommand } from "../_migration.ts";

export default migrationActionCommand({
  summary: "Make a server's live migration finish now (compute API 2.22 or later)",
  min: "2.22",
  what: "the server migration force complete command",
  call: forceCompleteServerMigration,
});
