import { defineCommand } from "../../../cli/command.ts";
import { OscError } from "../../../errors.ts";
import { listOfObjects } from "../../../http/errors.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";

export default defineCommand({
  summary: "Show the filters of one block storage resource",
  output: "show",
  flags: {},
  positionals: [{ name: "resource", metavar: "<resource>", help: "Resource (name)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.33", "block storage resource filter show");
    const resource = positionals.resource as string;
    const filters = listOfObjects<Record<string, unknown>>(
      await svc.get("/resource_filters", { resource }),
      "resource_filters",
      svc.type,
    );
    // python's message forgets its f-string; here the name is filled in
    if (!filters.length) {
      throw new OscError(`No resource filter with a name of '${resource}' exists.`);
    }
    return bodyShowResult(filters[0]);
  },
});
