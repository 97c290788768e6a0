import { defineCommand } from "../../cli/command.ts";
import { changeGrant, grantFlags } from "./_grant.ts";

export default defineCommand({
  summary: "Take a role from a user or group on the system, a domain or a project",
  flags: grantFlags,
  positionals: [{ name: "role", metavar: "<role>", help: "Role (name or ID)" }],
  run: ({ flags, positionals }, ctx) =>
    changeGrant(ctx, "remove", flags, positionals.role as string),
});
