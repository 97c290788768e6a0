import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { info, warn } from "../../cli/verbosity.ts";
import { OscError } from "../../errors.ts";
import { objectIn } from "../../http/errors.ts";
import { sdkFind } from "../../api/sdk.ts";
import { tableList } from "../../output/table.ts";
import { type CleanupFilters, type Found, projectCleanup } from "../../kit/cleanup.ts";
import type { Cell } from "../../output/types.ts";
import type { Context } from "../../context.ts";
import type { ServiceClient } from "../../http/service.ts";

type Project = { id: string; name?: string; domain_id?: string };

/** ask_user_yesno(default=False): asked again until the answer is a yes or a no. */
async function confirm(ctx: Context, question: string): Promise<boolean> {
  for (;;) {
    const prompt = `${question} [y/N]: `;
    // without a way to read, the question is still asked, and meets the end of input
    const answer = ctx.readLine
      ? await ctx.readLine(prompt)
      : await ctx.stderr.write(prompt).then(() => null);
    // python's input() raises EOFError, whose message is empty
    if (answer === null) throw new OscError("");
    if (["y", "Y", "yes"].includes(answer)) return true;
    if (["n", "N", "no"].includes(answer)) return false;
  }
}

/**
 * keystoneauth's discovery of the object store (python makes a proxy of every service in the
 * catalog, once per connection): Swift serves no version document, so python warns, twice.
 */
async function discoveryNoise(
  ctx: Context,
  scoped: { service(type: string): Promise<ServiceClient> },
) {
  let endpoint: string;
  try {
    endpoint = (await scoped.service("object-store")).endpoint;
  } catch {
    return;
  }
  const line = `Failed to contact the endpoint at ${endpoint} for discovery. ` +
    "Fallback to using that endpoint as the base url.";
  await warn(ctx, line);
  await warn(ctx, line);
}

export default defineCommand({
  summary: "Delete what a project holds",
  flags: {
    dryRun: flag.boolean({ help: "Only list what would be deleted" }),
    authProject: flag.boolean({
      group: "project",
      groupRequired: true,
      help: "Clean the project you authenticate with",
    }),
    project: flag.string({
      metavar: "<project>",
      group: "project",
      groupRequired: true,
      help: "Project to clean (name or ID)",
    }),
    createdBefore: flag.string({
      metavar: "<YYYY-MM-DDTHH24:MI:SS>",
      help: "Only what was created before this time",
    }),
    updatedBefore: flag.string({
      metavar: "<YYYY-MM-DDTHH24:MI:SS>",
      help: "Only what was last updated before this time",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain the project belongs to (name or ID; python ignores it here)",
    }),
  },
  async run({ flags: f }, ctx) {
    let scoped: { service(type: string): Promise<ServiceClient> } = ctx;
    let projectId: string;
    if (f.project) {
      const identity = await ctx.service("identity");
      const project = await sdkFind<Project>({
        resource: "Project",
        get: async (id) =>
          objectIn<Project>(
            await identity.get(`/projects/${encodeURIComponent(id)}`),
            "project",
            "identity",
          ),
        list: async (name) =>
          (await identity.get<{ projects: Project[] }>("/projects", { name })).projects ?? [],
        id: (p) => p.id,
        name: (p) => p.name,
      }, f.project);
      if (!ctx.asProject) throw new OscError("Cannot act as another project here");
      scoped = ctx.asProject({ id: project.id, name: project.name, domainId: project.domain_id });
      projectId = project.id;
    } else {
      projectId = (await ctx.auth()).projectId ?? "";
    }
    const filters: CleanupFilters = {};
    if (f.createdBefore) filters.created_at = f.createdBefore;
    if (f.updatedBefore) filters.updated_at = f.updatedBefore;

    await info(ctx, "Searching resources...");
    await discoveryNoise(ctx, scoped);
    const found: Found[] = [];
    await projectCleanup(ctx, scoped, {
      dryRun: true,
      projectId,
      filters,
      found,
      identified: new Set(),
    });
    const width = Number(ctx.env.CLIFF_MAX_TERM_WIDTH ?? 0) || 0;
    const table = tableList(
      ["Type", "ID", "Name"],
      found.map((r) => [r.type, r.id, r.name as Cell]),
      {
        maxWidth: width,
        fitWidth: Boolean(Number(ctx.env.CLIFF_FIT_WIDTH ?? 0)),
        printEmpty: false,
      },
      ctx.terminalWidth(),
    );
    // cliff writes the table (nothing when it is empty), then a newline
    await ctx.stdout.write(table.endsWith("\n") ? table : table + "\n");
    if (f.dryRun) return;
    if (!await confirm(ctx, "These resources will be deleted. Are you sure")) return;
    await warn(ctx, "Deleting resources");
    await projectCleanup(ctx, scoped, {
      dryRun: false,
      projectId,
      filters,
      found: [],
      identified: new Set(),
    });
  },
});
