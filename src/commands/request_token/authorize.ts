import { flag } from "../../cli/flags.ts";
import { defineCommand } from "../../cli/command.ts";
import { objectIn } from "../../http/errors.ts";
import { bodyShowResult } from "../../kit/attrs.ts";
import { identityFind } from "../../kit/identity.ts";
import { role } from "../../resources/identity/role.ts";

export default defineCommand({
  summary: "Authorize an OAuth request token",
  output: "show",
  flags: {
    requestKey: flag.string({
      metavar: "<request-key>",
      required: true,
      help: "Request token key",
    }),
    role: flag.list({
      metavar: "<role>",
      required: true,
      help: "Role the token gets (name or ID; repeatable)",
    }),
  },
  async run({ flags: f }, ctx) {
    const identity = await ctx.service("identity");
    const roles = [];
    for (const r of f.role) {
      roles.push({ id: (await identityFind(identity, role, r, { forbiddenAsId: false })).id });
    }
    const res = await identity.request(
      `/OS-OAUTH1/authorize/${encodeURIComponent(f.requestKey!)}`,
      { method: "PUT", json: { roles } },
    );
    return bodyShowResult(objectIn(res.body, "token", identity.type));
  },
});
