import { defineCommand } from "../../cli/command.ts";

export default defineCommand({
  summary: "Revoke a token",
  flags: {},
  positionals: [{ name: "token", metavar: "<token>", help: "Token to revoke" }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    await identity.request("/auth/tokens", {
      method: "DELETE",
      headers: { "X-Subject-Token": positionals.token as string },
      expectJson: false,
    });
  },
});
