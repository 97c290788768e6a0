/**
 * Compute and block storage limits (common.limits): novaclient's GET /limits (with the project
 * and reservations asked for), then cinderclient's GET /limits for the token's own project.
 */
import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { objectIn } from "../../http/errors.ts";
import type { ServiceClient } from "../../http/service.ts";
import type { Cell } from "../../output/types.ts";
import { identityFind } from "../../kit/identity.ts";
import { project } from "../../resources/identity/project.ts";
import { domain } from "../../resources/identity/domain.ts";

interface Limits {
  absolute?: Record<string, unknown>;
  rate?: { uri?: string; limit?: Record<string, unknown>[] }[];
}

async function limitsOf(svc: ServiceClient, query: Record<string, string>): Promise<Limits> {
  return objectIn<Limits>(await svc.get("/limits", query), "limits", svc.type);
}

function rateRows(l: Limits): Cell[][] {
  return (l.rate ?? []).flatMap((g) =>
    (g.limit ?? []).map((r) =>
      [r.verb, g.uri, r.value, r.remaining, r.unit, r["next-available"]] as Cell[]
    )
  );
}

export default defineCommand({
  summary: "Show compute and block storage limits",
  output: "list",
  flags: {
    absolute: flag.boolean({ help: "Absolute limits", group: "type", groupRequired: true }),
    rate: flag.boolean({ help: "Rate limits", group: "type", groupRequired: true }),
    reserved: flag.boolean({ help: "Count reservations too (with --absolute)" }),
    project: flag.string({ metavar: "<project>", help: "Project (name or ID; with --absolute)" }),
    domain: flag.string({ metavar: "<domain>", help: "Domain of the project (name or ID)" }),
  },
  async run({ flags: f }, ctx) {
    let projectId: string | undefined;
    if (f.project !== undefined) {
      const identity = await ctx.service("identity");
      const domainId = f.domain !== undefined
        ? (await identityFind(identity, domain, f.domain)).id
        : undefined;
      projectId = (await identityFind(identity, project, f.project, {
        forbiddenAsId: false,
        domainId,
      })).id;
    }
    const query: Record<string, string> = {};
    if (f.reserved) query.reserved = "1";
    if (projectId) query.tenant_id = projectId;
    const compute = await limitsOf(await ctx.service("compute"), query);
    const volume = await limitsOf(await ctx.service("block-storage"), {});
    if (f.absolute) {
      return {
        kind: "list",
        columns: ["Name", "Value"],
        columnsAreList: true,
        rows: [compute, volume].flatMap((l) =>
          Object.entries(l.absolute ?? {}).map(([k, v]) => [k, v] as Cell[])
        ),
      };
    }
    return {
      kind: "list",
      columns: ["Verb", "URI", "Value", "Remain", "Unit", "Next Available"],
      columnsAreList: true,
      rows: [...rateRows(compute), ...rateRows(volume)],
    };
  },
});
