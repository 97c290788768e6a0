import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { getUsage } from "../../api/compute/usage.ts";
import { identityFind } from "../../kit/identity.ts";
import { project } from "../../resources/identity/project.ts";
import { rangeFlags, USAGE_COLUMNS, usageRange, usageRow } from "./_usage.ts";

export default defineCommand({
  summary: "Show one project's resource usage over a date range",
  output: "show",
  flags: {
    project: flag.string({
      metavar: "<project>",
      help: "Project (name or ID; default: the one you are logged in to)",
    }),
    ...rangeFlags,
  },
  async run({ flags: f, output }, ctx) {
    const range = usageRange(f, new Date());
    const projectId = f.project
      ? (await identityFind(await ctx.service("identity"), project, f.project, {
        forbiddenAsId: false,
      })).id
      : (await ctx.auth()).projectId ?? "";
    const compute = await ctx.service("compute");
    const usage = await getUsage(compute, projectId, range.query.start, range.query.end);
    if ((output?.format ?? "table") === "table") {
      await ctx.stdout.write(
        `Usage from ${range.label.start} to ${range.label.end} on project ${projectId}: \n`,
      );
    }
    return { kind: "show", fields: USAGE_COLUMNS, values: usageRow(usage, new Map()) };
  },
});
