import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { listResult } from "../../../kit/attrs.ts";
import { listAll } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { helpersOf, routerPositional } from "./_router.ts";

export default defineCommand({
  summary: "List a router's L3 conntrack helpers",
  output: "list",
  flags: {
    helper: flag.string({ metavar: "<helper>", help: "Only helpers of this module" }),
    protocol: flag.string({ metavar: "<protocol>", help: "Only helpers for this protocol" }),
    port: flag.string({ metavar: "<port>", help: "Only helpers for this port" }),
  },
  positionals: [routerPositional],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("network");
    return await worded(
      "sdk",
      (async () => {
        const helpers = await helpersOf(svc, positionals.router as string);
        // openstacksdk knows no filter for conntrack helpers and refuses them all
        const filters = [
          f.helper ? "helper" : "",
          f.protocol ? "protocol" : "",
          f.port ? "port" : "",
        ].filter((k) => k);
        if (filters.length) throw new OscError(`Invalid query params: ${filters.join(",")}`);
        const items = await listAll(svc, helpers);
        return listResult(helpers.attrs, items, [
          ["ID", "id"],
          ["Router ID", "router_id"],
          ["Helper", "helper"],
          ["Protocol", "protocol"],
          ["Port", "port"],
        ]);
      })(),
    );
  },
});
