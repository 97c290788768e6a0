/** The QoS rule types Neutron's drivers support, as openstacksdk's QoSRuleType presents them. */
import { defineResource } from "../../kit/resource.ts";

export const qosRuleType = defineResource({
  service: "network",
  path: "/qos/rule-types",
  key: "rule_type",
  plural: "rule_types",
  sdkName: "QoSRuleType",
  noun: "QoS rule type",
  // the type's name is its id: one GET
  lookup: "get",
  paging: "links",
  attrs: {
    type: { show: "rule_type_name" },
    drivers: {},
    id: { compute: (item) => item.type, show: false },
    name: { show: false },
    tenant_id: { show: false },
  },
});
