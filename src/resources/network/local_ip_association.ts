/**
 * A local IP's port associations (below /local_ips/<id>), as openstacksdk's
 * LocalIPAssociation presents them: one description per local IP.
 */
import { defineResource, type Resource } from "../../kit/resource.ts";

export function localIpAssociation(localIpId: string): Resource {
  return defineResource({
    service: "network",
    path: `/local_ips/${encodeURIComponent(localIpId)}/port_associations`,
    key: "port_association",
    plural: "port_associations",
    sdkName: "LocalIPAssociation",
    noun: "local IP association",
    lookup: "sdk",
    paging: "links",
    attrs: {
      fixed_port_id: {},
      fixed_ip: {},
      host: {},
      local_ip_address: {},
      // a URI attribute: not shown, but listed
      local_ip_id: { compute: () => localIpId, show: false },
      id: { show: false },
      name: { show: false },
      location: { show: false },
    },
  });
}
