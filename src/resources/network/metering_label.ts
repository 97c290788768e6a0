/** Neutron metering labels ("network meter"), as openstacksdk's MeteringLabel. */
import { defineResource } from "../../kit/resource.ts";

export const meteringLabel = defineResource({
  service: "network",
  path: "/metering/metering-labels",
  key: "metering_label",
  plural: "metering_labels",
  sdkName: "MeteringLabel",
  noun: "network meter",
  lookup: "sdk",
  paging: "links",
  attrs: {
    description: {},
    name: {},
    project_id: { compute: (i) => i.project_id ?? i.tenant_id ?? null },
    tenant_id: { show: false },
    is_shared: { key: "shared", type: "bool", show: "shared" },
    id: {},
    location: { show: false },
  },
});
