import { defineCommand } from "../../cli/command.ts";
import { objectIn } from "../../http/errors.ts";
import { impliedFlags, inferencePath, priorPositional } from "./_implied.ts";

export default defineCommand({
  summary: "Make one role imply another",
  output: "show",
  flags: impliedFlags,
  positionals: priorPositional,
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    const path = await inferencePath(identity, positionals.role as string, f.impliedRole!);
    const res = await identity.request(path, { method: "PUT" });
    const rule = objectIn<Record<string, { id?: unknown }>>(
      res.body,
      "role_inference",
      identity.type,
    );
    // python shows each side's ID under its key, keys sorted
    const keys = Object.keys(rule).filter((k) => k !== "links").sort();
    return { kind: "show", fields: keys, values: keys.map((k) => rule[k]?.id as string) };
  },
});
