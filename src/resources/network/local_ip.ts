/** Neutron local IPs (the local_ip extension), as openstacksdk's LocalIP presents them. */
import { defineResource } from "../../kit/resource.ts";

export const localIp = defineResource({
  service: "network",
  path: "/local_ips",
  key: "local_ip",
  plural: "local_ips",
  sdkName: "LocalIP",
  noun: "local IP",
  lookup: "sdk",
  paging: "links",
  attrs: {
    created_at: {},
    description: {},
    id: {},
    ip_mode: {},
    local_ip_address: {},
    local_port_id: {},
    name: {},
    network_id: {},
    project_id: {},
    revision_number: {},
    updated_at: {},
    location: { show: false },
  },
});
