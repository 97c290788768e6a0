import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { getAgent } from "../../api/network/networks.ts";
import { sdkCall } from "../../api/sdk.ts";
import type { Query } from "../../http/client.ts";
import { listOfObjects } from "../../http/errors.ts";
import { attrValue, type Column, listResult } from "../../kit/attrs.ts";
import { projectFlags, tagFilterFlags } from "../../kit/flags.ts";
import { type Item, listAll } from "../../kit/resource.ts";
import { projectId, tagFilterQuery } from "../../kit/shared.ts";
import { hasExtension } from "../../resources/network/extension.ts";
import { router } from "../../resources/network/router.ts";

/**
 * python's _filter_match over an agent's routers: only what a Router has is compared
 * (its tags, a list, never equal the joined --tags string).
 */
function matches(item: Item, query: Query): boolean {
  const want: [string, unknown][] = [
    ["name", query.name],
    ["is_admin_state_up", query.admin_state_up && query.admin_state_up === "True"],
    ["project_id", query.project_id],
  ];
  if (query.tags !== undefined) return false;
  return want.every(([a, v]) => v === undefined || attrValue(router.attrs, item, a) === v);
}

export default defineCommand({
  summary: "List routers",
  output: "list",
  flags: {
    name: flag.string({ metavar: "<name>", help: "Only routers with this name" }),
    enable: flag.boolean({ group: "state", help: "Only routers administratively up" }),
    disable: flag.boolean({ group: "state", help: "Only routers administratively down" }),
    long: flag.boolean({ help: "More columns" }),
    ...projectFlags("Only routers of this project (name or ID)"),
    agent: flag.string({ metavar: "<agent-id>", help: "Only routers hosted by this agent (ID)" }),
    ...tagFilterFlags("routers"),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("network");
    return await sdkCall((async () => {
      const query: Query = {
        name: f.name,
        admin_state_up: f.enable ? "True" : f.disable ? "False" : undefined,
        project_id: f.project ? await projectId(ctx, f.project, f.projectDomain) : undefined,
        ...tagFilterQuery(f),
      };
      let items: Item[];
      if (f.agent !== undefined) {
        const agent = await sdkCall(getAgent(svc, f.agent), { resource: "Agent", value: f.agent });
        const body = await svc.get(`/agents/${encodeURIComponent(agent.id)}/l3-routers`);
        // Neutron filters nothing there: python compares names, projects and tags itself
        items = listOfObjects<Item>(body, "routers", "network").filter((i) => matches(i, query));
      } else {
        items = await listAll(svc, router, query);
      }
      const columns: Column[] = [
        ["ID", "id"],
        ["Name", "name"],
        ["Status", "status"],
        ["State", "is_admin_state_up"],
        ["Project", "project_id"],
      ];
      // the Distributed and HA columns show when any router has a value
      for (const i of items) {
        if (i.distributed != null && !columns.some(([, a]) => a === "is_distributed")) {
          columns.push(["Distributed", "is_distributed"]);
        }
        if (i.ha != null && !columns.some(([, a]) => a === "is_ha")) columns.push(["HA", "is_ha"]);
      }
      if (f.long) {
        columns.push(["Routes", "routes"], ["External gateway info", "external_gateway_info"]);
        if (await hasExtension(svc, "router_availability_zone")) {
          columns.push(["Availability zones", "availability_zones"]);
        }
        columns.push(["Tags", "tags"]);
      }
      return listResult(router.attrs, items, columns);
    })());
  },
});
