import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { getPassword, NO_PASSWORD_WARNING } from "../../../kit/password.ts";
import { warn } from "../../../cli/verbosity.ts";

export default defineCommand({
  summary: "Change your own password",
  flags: {
    password: flag.string({ metavar: "<new-password>", help: "New password" }),
    originalPassword: flag.string({
      metavar: "<original-password>",
      help: "Current password",
    }),
  },
  async run({ flags: f }, ctx) {
    const current = f.originalPassword ??
      await getPassword(ctx, "Current Password:", false);
    const password = f.password ?? await getPassword(ctx, "New Password:");
    if (password === "") await warn(ctx, NO_PASSWORD_WARNING);
    // keystoneclient's checks, before any request
    if (!current || !password) {
      throw new OscError("Specify both the current password and a new password");
    }
    if (current === password) {
      throw new OscError("Old password and new password must be different.");
    }
    const identity = await ctx.service("identity");
    const me = (await ctx.auth()).userId;
    await identity.request(`/users/${encodeURIComponent(me ?? "")}/password`, {
      method: "POST",
      json: { user: { password, original_password: current } },
      expectJson: false,
    });
  },
});
