/** Neutron RBAC policies, as openstacksdk's RBACPolicy presents them. */
import { defineResource } from "../../kit/resource.ts";

export const rbacPolicy = defineResource({
  service: "network",
  path: "/rbac-policies",
  key: "rbac_policy",
  plural: "rbac_policies",
  sdkName: "RBACPolicy",
  noun: "RBAC policy",
  lookup: "sdk",
  // Neutron refuses a name filter here: openstacksdk lists all and compares itself
  nameFilter: null,
  paging: "links",
  attrs: {
    object_id: {},
    target_project_id: { key: "target_tenant", show: "target_project_id" },
    project_id: {},
    tenant_id: { show: false },
    object_type: {},
    action: {},
    id: {},
    name: { show: false },
  },
});
