import { defineCommand } from "../../cli/command.ts";
import { cmpCodePoints } from "../../output/pyrepr.ts";
import type { Cell } from "../../output/types.ts";
import { endpointsCell } from "./_endpoints.ts";

export default defineCommand({
  summary: "Show one service of the catalog",
  output: "show",
  positionals: [{ name: "service", metavar: "<service>", help: "Service (type or name)" }],
  flags: {},
  async run({ positionals }, ctx) {
    const want = positionals.service as string;
    const { catalog } = await ctx.auth();
    const service = catalog.find((s) => s.name === want || s.type === want);
    if (!service) {
      // python logs this and shows nothing (exit 0)
      await ctx.stderr.write(`service ${want} not found\n\n`);
      return { kind: "show", fields: [], values: [] };
    }
    const data: [string, Cell][] = Object.entries(service)
      .filter(([k]) => k !== "links")
      .map(([k, v]) => [k, k === "endpoints" ? endpointsCell(service.endpoints) : v as Cell]);
    data.sort(([a], [b]) => cmpCodePoints(a, b));
    return { kind: "show", fields: data.map(([k]) => k), values: data.map(([, v]) => v) };
  },
});
