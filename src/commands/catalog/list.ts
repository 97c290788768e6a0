import { defineCommand } from "../../cli/command.ts";
import { endpointsCell } from "./_endpoints.ts";

export default defineCommand({
  summary: "List the services of the catalog",
  output: "list",
  flags: {},
  async run(_args, ctx) {
    // the catalog the token came with, as python reads it from its auth_ref
    const { catalog } = await ctx.auth();
    return {
      kind: "list",
      columns: ["Name", "Type", "Endpoints"],
      rows: catalog.map((s) => [s.name ?? "", s.type ?? "", endpointsCell(s.endpoints)]),
    };
  },
});
