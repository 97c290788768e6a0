import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { shown } from "../../../kit/commands.ts";
import { createItem, sdkCreated } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { helpersOf, routerPositional } from "./_router.ts";

export default defineCommand({
  summary: "Create an L3 conntrack helper",
  output: "show",
  flags: {
    helper: flag.string({ metavar: "<helper>", required: true, help: "Netfilter helper module" }),
    protocol: flag.string({
      metavar: "<protocol>",
      required: true,
      help: "Protocol of the target rule",
    }),
    port: flag.integer({ metavar: "<port>", required: true, help: "Port of the target rule" }),
  },
  positionals: [routerPositional],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("network");
    return await worded(
      "sdk",
      (async () => {
        const helpers = await helpersOf(svc, positionals.router as string);
        // python leaves out what is empty (or a port 0)
        const attrs = {
          ...(f.helper ? { helper: f.helper } : {}),
          ...(f.protocol ? { protocol: f.protocol } : {}),
          ...(f.port ? { port: f.port } : {}),
        };
        return shown(helpers, sdkCreated(attrs, await createItem(svc, helpers, attrs)));
      })(),
    );
  },
});
