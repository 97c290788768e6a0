import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { updateItem } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { helperPositional, helpersOf, routerPositional } from "./_router.ts";

export default defineCommand({
  summary: "Change an L3 conntrack helper",
  flags: {
    helper: flag.string({ metavar: "<helper>", help: "New netfilter helper module" }),
    protocol: flag.string({ metavar: "<protocol>", help: "New protocol of the target rule" }),
    port: flag.integer({ metavar: "<port>", help: "New port of the target rule" }),
  },
  positionals: [routerPositional, helperPositional],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("network");
    await worded(
      "sdk",
      (async () => {
        const helpers = await helpersOf(svc, positionals.router as string);
        const attrs = {
          ...(f.helper ? { helper: f.helper } : {}),
          ...(f.protocol ? { protocol: f.protocol } : {}),
          ...(f.port ? { port: f.port } : {}),
        };
        // openstacksdk sends nothing when nothing changes (the helper is not even looked at)
        if (Object.keys(attrs).length) {
          await updateItem(svc, helpers, positionals.helper_id as string, attrs);
        }
      })(),
    );
  },
});
