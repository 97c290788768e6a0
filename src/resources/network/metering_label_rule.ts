/** Neutron metering label rules ("network meter rule"), as openstacksdk's MeteringLabelRule. */
import { defineResource } from "../../kit/resource.ts";

export const meteringLabelRule = defineResource({
  service: "network",
  path: "/metering/metering-label-rules",
  key: "metering_label_rule",
  plural: "metering_label_rules",
  sdkName: "MeteringLabelRule",
  noun: "network meter rule",
  lookup: "sdk",
  paging: "links",
  // openstacksdk's find lists every rule: the query has no name filter
  nameFilter: null,
  attrs: {
    direction: {},
    is_excluded: { key: "excluded", type: "bool" },
    metering_label_id: {},
    project_id: { compute: (i) => i.project_id ?? i.tenant_id ?? null },
    tenant_id: { show: false },
    remote_ip_prefix: {},
    source_ip_prefix: {},
    destination_ip_prefix: {},
    id: {},
    name: {},
    location: { show: false },
  },
});

/**
 * openstacksdk logs this once per run, the first time it reads a rule's
 * remote_ip_prefix that is set (a deprecated attribute).
 */
export const REMOTE_IP_PREFIX_WARNING =
  "The use of 'remote_ip_prefix' in metering label rules is deprecated and will be removed in future releases. One should use instead, the 'source_ip_prefix' and/or 'destination_ip_prefix' parameters. For more details, you can check the spec: https://review.opendev.org/#/c/744702/.";
