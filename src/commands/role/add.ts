import { defineCommand } from "../../cli/command.ts";
import { changeGrant, grantFlags } from "./_grant.ts";

export default defineCommand({
  summary: "Give a user or group a role on the system, a domain or a project",
  flags: grantFlags,
  positionals: [{ name: "role", metavar: "<role>", help: "Role (name or ID)" }],
  run: ({ flags, positionals }, ctx) => changeGrant(ctx, "add", flags, positionals.role as string),
});
