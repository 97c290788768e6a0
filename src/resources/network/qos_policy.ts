/** Neutron QoS policies, as openstacksdk's QoSPolicy presents them. */
import { defineResource } from "../../kit/resource.ts";

export const qosPolicy = defineResource({
  service: "network",
  path: "/qos/policies",
  key: "policy",
  plural: "policies",
  sdkName: "QoSPolicy",
  noun: "QoS policy",
  lookup: "sdk",
  paging: "links",
  attrs: {
    name: {},
    project_id: {},
    tenant_id: { show: false },
    description: {},
    is_default: { type: "bool" },
    is_shared: { key: "shared", type: "bool", show: "shared" },
    rules: {},
    id: {},
    // python shows the raw lists (no formatter)
    tags: { type: "list", default: [] },
  },
});
