/** Nova server groups, as openstacksdk's ServerGroup presents them. */
import { defineResource } from "../../kit/resource.ts";
import type { ServiceClient } from "../../http/service.ts";
import { supports } from "../../kit/versions.ts";

export const serverGroup = defineResource({
  service: "compute",
  path: "/os-server-groups",
  key: "server_group",
  plural: "server_groups",
  sdkName: "ServerGroup",
  noun: "server group",
  lookup: "sdk",
  paging: "links",
  // GET /os-server-groups filters on all_projects only: a name is matched among all
  nameFilter: null,
  attrs: {
    name: {},
    // no formatter in python, yet its table joins lists and dicts as format_columns does
    policies: { format: "list" },
    policy: {},
    member_ids: { key: "members", show: "members", format: "list" },
    metadata: { show: false },
    project_id: {},
    rules: { type: "dict", format: "dict" },
    user_id: {},
    id: {},
    location: { show: false },
  },
});

/** 2.64 replaced the policies list by one policy (and its rules). */
export function serverGroupHidden(compute: ServiceClient): string[] {
  return supports(compute, "2.64") ? ["policies"] : ["policy", "rules"];
}
