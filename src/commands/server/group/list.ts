import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { type Column, listResult } from "../../../kit/attrs.ts";
import { type Item, listAll } from "../../../kit/resource.ts";
import { OscError } from "../../../errors.ts";
import { listOfObjects } from "../../../http/errors.ts";
import type { ServiceClient } from "../../../http/service.ts";
import { supports } from "../../../kit/versions.ts";
import { worded } from "../../../kit/wording.ts";
import { serverGroup } from "../../../resources/compute/server_group.ts";

/** openstacksdk speaks at most 2.64 to server groups (later ones refuse a marker). */
function sdkHeaders(compute: ServiceClient): Record<string, string> | undefined {
  if (!supports(compute, "2.65")) return undefined;
  return { "OpenStack-API-Version": "compute 2.64", "X-OpenStack-Nova-API-Version": "2.64" };
}

/**
 * openstacksdk's paging with a limit: after each non-empty page it asks for the next one
 * after the last ID. Nova's server groups ignore the marker, so the same page comes back,
 * and the SDK gives up with its "endless loop" error.
 */
async function sdkLimitPages(
  compute: ServiceClient,
  query: Record<string, string | number | boolean>,
  limit: number,
): Promise<Item[]> {
  const all: Item[] = [];
  let marker: string | undefined;
  for (;;) {
    const q = { ...query, limit, ...(marker ? { marker } : {}) };
    const res = await worded(
      "sdk",
      compute.request(serverGroup.path, { query: q, headers: sdkHeaders(compute) }),
    );
    const page = listOfObjects<Item>(res.body, serverGroup.plural, "compute");
    if (!page.length) return all;
    const last = String(page[page.length - 1].id);
    if (marker !== undefined && last === marker) {
      throw new OscError("Endless pagination loop detected, aborting");
    }
    all.push(...page);
    marker = last;
  }
}

export default defineCommand({
  summary: "List server groups",
  output: "list",
  flags: {
    allProjects: flag.boolean({ help: "Include every project's server groups (admin only)" }),
    long: flag.boolean({ help: "Add the members, project and user columns" }),
    offset: flag.integer({ metavar: "<offset>", help: "Skip this many server groups" }),
    limit: flag.integer({
      metavar: "<limit>",
      help: "Show at most this many server groups (Nova caps it at its osapi_max_limit)",
    }),
  },
  async run({ flags: f }, ctx) {
    const compute = await ctx.service("compute");
    const query: Record<string, string | number | boolean> = {};
    if (f.allProjects) query.all_projects = "True";
    // openstacksdk's ServerGroup takes all_projects, limit and marker: nothing else
    if (f.offset) throw new OscError("Invalid query params: offset");
    const items = f.limit
      ? await sdkLimitPages(compute, query, f.limit)
      : await worded("sdk", listAll(compute, serverGroup, query));
    const policy: Column = supports(compute, "2.64")
      ? ["Policy", "policy"]
      : ["Policies", "policies"];
    const columns: Column[] = [["ID", "id"], ["Name", "name"], policy];
    if (f.long) {
      columns.push(["Members", "member_ids"], ["Project Id", "project_id"], ["User Id", "user_id"]);
    }
    return listResult(serverGroup.attrs, items, columns);
  },
});
