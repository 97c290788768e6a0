import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { shown } from "../../kit/commands.ts";
import { updateItem } from "../../kit/resource.ts";
import { limit } from "../../resources/identity/limit.ts";

export default defineCommand({
  summary: "Change a project limit",
  output: "show",
  flags: {
    description: flag.string({ metavar: "<description>", help: "New description" }),
    resourceLimit: flag.integer({ metavar: "<resource-limit>", help: "New limit" }),
  },
  positionals: [{ name: "id", metavar: "<limit-id>", help: "Limit (ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("identity");
    // the ID as typed, without a lookup; what was not given is not sent
    const item = await updateItem(svc, limit, positionals.id as string, {
      description: f.description,
      resource_limit: f.resourceLimit,
    });
    return shown(limit, item);
  },
});
