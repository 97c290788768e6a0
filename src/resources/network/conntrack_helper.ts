/**
 * A router's L3 conntrack helpers (below /routers/<id>), as openstacksdk's
 * ConntrackHelper presents them: one description per router.
 */
import { defineResource, type Resource } from "../../kit/resource.ts";

export function conntrackHelper(routerId: string): Resource {
  return defineResource({
    service: "network",
    path: `/routers/${encodeURIComponent(routerId)}/conntrack_helpers`,
    key: "conntrack_helper",
    plural: "conntrack_helpers",
    sdkName: "ConntrackHelper",
    noun: "L3 conntrack helper",
    lookup: "get",
    paging: "links",
    attrs: {
      helper: {},
      protocol: {},
      port: {},
      id: {},
      name: {},
      // a URI attribute: not shown, but listed
      router_id: { compute: () => routerId, show: false },
      location: { show: false },
    },
  });
}
