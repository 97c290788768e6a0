/** Neutron's IP use per network, as openstacksdk's NetworkIPAvailability presents it. */
import { defineResource } from "../../kit/resource.ts";

export const ipAvailability = defineResource({
  service: "network",
  path: "/network-ip-availabilities",
  key: "network_ip_availability",
  plural: "network_ip_availabilities",
  sdkName: "NetworkIPAvailability",
  noun: "network IP availability",
  lookup: "sdk",
  paging: "links",
  // no name filter: openstacksdk compares names itself
  nameFilter: null,
  attrs: {
    network_id: {},
    network_name: {},
    subnet_ip_availability: { type: "list", format: "listOfDicts" },
    project_id: {},
    tenant_id: { show: false },
    total_ips: { type: "int" },
    used_ips: { type: "int" },
    id: { compute: (item) => item.network_id, show: false },
    name: { show: false },
  },
});
