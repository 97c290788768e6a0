import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { sdkFindServer } from "../../../api/compute/servers.ts";
import { consoleOutput } from "../../../api/compute/consoles.ts";

export default defineCommand({
  summary: "Print a server's console log",
  flags: {
    lines: flag.integer({
      nonNegative: true,
      metavar: "<num-lines>",
      help: "Only this many lines from the end (default: the whole log)",
    }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const text = await sdkCall((async () => {
      const server = await sdkFindServer(compute, positionals.server as string);
      return await consoleOutput(compute, server.id, f.lines);
    })());
    // python ends the log with a newline when it has none
    if (text) await ctx.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  },
});
