import { defineCommand } from "../../cli/command.ts";
import { impliedFlags, inferencePath, priorPositional } from "./_implied.ts";

export default defineCommand({
  summary: "Make one role no longer imply another",
  flags: impliedFlags,
  positionals: priorPositional,
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    const path = await inferencePath(identity, positionals.role as string, f.impliedRole!);
    await identity.request(path, { method: "DELETE", expectJson: false });
  },
});
