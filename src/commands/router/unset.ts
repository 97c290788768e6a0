import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { updateCommand } from "../../kit/commands.ts";
import { tagUnsetFlags } from "../../kit/flags.ts";
import { unsetTags } from "../../kit/shared.ts";
import { pyStr } from "../../output/pyrepr.ts";
import { router } from "../../resources/network/router.ts";
import { extraPropertyFlag, parseExtraProperties } from "../_extra_property.ts";
import { samePy } from "../_common.ts";
import { parseRoutes, ROUTE_METAVAR, routerPositional } from "./_router.ts";

export default updateCommand(router, {
  summary: "Remove values from a router",
  positional: routerPositional("Router (name or ID)"),
  flags: {
    extraProperty: extraPropertyFlag,
    route: flag.list({ metavar: ROUTE_METAVAR, help: "Route to remove (repeatable)" }),
    externalGateway: flag.boolean({ help: "Remove the external gateway" }),
    qosPolicy: flag.boolean({ help: "Remove the QoS policy of the gateway IPs" }),
    ...tagUnsetFlags("router"),
  },
  validate(f) {
    parseExtraProperties(f.extraProperty);
    parseRoutes(f.route);
  },
  body({ flags: f }, item) {
    const attrs: Record<string, unknown> = {};
    if (f.route.length) {
      const left = Array.isArray(item.routes) ? [...item.routes] : [];
      for (const route of parseRoutes(f.route)) {
        const at = left.findIndex((r) => samePy(r, route));
        if (at < 0) throw new OscError(`Router does not contain route ${pyStr(route)}`);
        left.splice(at, 1);
      }
      attrs.routes = left;
    }
    if (f.qosPolicy) {
      const info = item.external_gateway_info as Record<string, unknown> | null | undefined;
      if (!info || !("network_id" in info) || !("qos_policy_id" in info)) {
        throw new OscError("Router does not have external network or qos policy");
      }
      attrs.external_gateway_info = { network_id: info.network_id, qos_policy_id: null };
    }
    if (f.externalGateway) attrs.external_gateway_info = {};
    for (const p of parseExtraProperties(f.extraProperty)) attrs[p.name] = null;
    return Object.keys(attrs).length ? attrs : undefined;
  },
  after: ({ flags: f, svc }, item) => unsetTags(svc, router, item, f),
});
