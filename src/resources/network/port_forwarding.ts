/**
 * A floating IP's port forwardings (below /floatingips/<id>), as openstacksdk's
 * PortForwarding presents them: one description per floating IP.
 */
import { defineResource, type Resource } from "../../kit/resource.ts";

export function portForwarding(floatingIpId: string): Resource {
  return defineResource({
    service: "network",
    path: `/floatingips/${encodeURIComponent(floatingIpId)}/port_forwardings`,
    key: "port_forwarding",
    plural: "port_forwardings",
    sdkName: "PortForwarding",
    noun: "port forwarding",
    lookup: "sdk",
    paging: "links",
    // openstacksdk knows no name filter for them: a lookup lists them all
    nameFilter: null,
    attrs: {
      internal_port_id: {},
      internal_ip_address: {},
      internal_port: { type: "int" },
      external_port: { type: "int" },
      protocol: {},
      description: {},
      id: {},
      name: {},
      location: { show: false },
    },
  });
}
