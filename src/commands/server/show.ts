import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import {
  findServer,
  getServer,
  getServerDiagnostics,
  getServerTopology,
} from "../../api/compute/servers.ts";
import { dictColumn } from "../../columns/format.ts";
import { compareVersions } from "../../http/microversion.ts";
import type { Cell } from "../../output/types.ts";
import { detailNames, serverDetail, sortedShow } from "./_detail.ts";

export default defineCommand({
  summary: "Show server details",
  description:
    "Show a server's details. With compute API 2.47 or later the flavor is shown in full, not by ID.",
  output: "show",
  flags: {
    diagnostics: flag.boolean({ group: "detail", help: "Show the server's diagnostics instead" }),
    topology: flag.boolean({
      group: "detail",
      help: "Add its NUMA topology (compute API 2.78 or later)",
    }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server to show (name or ID)" }],
  async run({ flags, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const wanted = positionals.server as string;
    let server = await findServer(compute, wanted);
    // found by name in a list: the list leaves out fields a GET shows (server_groups)
    if (server.id !== wanted) server = await getServer(compute, server.id);

    if (flags.diagnostics) {
      const d = await getServerDiagnostics(compute, server.id);
      if (d.status !== 200) {
        await ctx.stderr.write("Error retrieving diagnostics data\n");
        return { kind: "show", fields: [], values: [] };
      }
      return sortedShow(new Map(Object.entries(d.body) as [string, Cell][]));
    }
    if (flags.topology) {
      const mv = compute.microversion;
      if (!mv || compareVersions(mv, "2.78") < 0) {
        throw new OscError(
          "--os-compute-api-version 2.78 or greater is required to support the --topology option",
        );
      }
    }

    const [topology, names] = await Promise.all([
      flags.topology ? getServerTopology(compute, server.id) : undefined,
      detailNames(ctx, compute, server),
    ]);
    const detail = serverDetail(server, names);
    if (!topology || !Object.keys(topology).length) return detail;
    const info = new Map(detail.fields.map((f, i) => [f, detail.values[i]]));
    info.set("topology", dictColumn(topology));
    return sortedShow(info);
  },
});
