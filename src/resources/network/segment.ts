/** Neutron network segments (the segments plugin), as far as lookups need them. */
import { defineResource } from "../../kit/resource.ts";

export const segment = defineResource({
  service: "network",
  path: "/segments",
  key: "segment",
  plural: "segments",
  sdkName: "Segment",
  noun: "network segment",
  lookup: "sdk",
  paging: "links",
  attrs: {
    description: {},
    name: {},
    network_id: {},
    network_type: {},
    physical_network: {},
    segmentation_id: { type: "int" },
    id: {},
  },
});
