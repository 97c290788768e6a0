import { defineCommand } from "../../../cli/command.ts";
import { userFlags } from "../../../kit/flags.ts";
import { listResult } from "../../../kit/attrs.ts";
import { userIdOrOwn } from "../../../kit/identity.ts";
import { listAll } from "../../../kit/resource.ts";
import { applicationCredential } from "../../../resources/identity/application_credential.ts";

export default defineCommand({
  summary: "List application credentials",
  output: "list",
  flags: userFlags("User whose credentials to list (name or ID; default: yours)"),
  async run({ flags: f }, ctx) {
    const identity = await ctx.service("identity");
    const userId = await userIdOrOwn(ctx, identity, f.user, f.userDomain);
    const r = applicationCredential(userId);
    return listResult(r.attrs, await listAll(identity, r), [
      ["ID", "id"],
      ["Name", "name"],
      ["Project ID", "project_id"],
      ["Description", "description"],
      ["Expires At", "expires_at"],
    ]);
  },
});
