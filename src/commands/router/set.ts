import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { updateCommand } from "../../kit/commands.ts";
import { tagSetFlags } from "../../kit/flags.ts";
import { findItem } from "../../kit/resource.ts";
import { setTags } from "../../kit/shared.ts";
import { qosPolicy } from "../../resources/network/qos_policy.ts";
import { router } from "../../resources/network/router.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import {
  checkGatewayOptions,
  commonAttrs,
  gatewayFlags,
  parseFixedIps,
  parseRoutes,
  ROUTE_METAVAR,
  routerPositional,
} from "./_router.ts";

export default updateCommand(router, {
  summary: "Change a router",
  positional: routerPositional("Router (name or ID)"),
  flags: {
    extraProperty: extraPropertyFlag,
    name: flag.string({ metavar: "<name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    enable: flag.boolean({ group: "state", help: "Administratively up" }),
    disable: flag.boolean({ group: "state", help: "Administratively down" }),
    distributed: flag.boolean({ group: "dvr", help: "Distributed (a disabled router only)" }),
    centralized: flag.boolean({ group: "dvr", help: "Centralized (a disabled router only)" }),
    route: flag.list({
      metavar: ROUTE_METAVAR,
      help: "Route to add (repeatable; deprecated: use router add route)",
    }),
    noRoute: flag.boolean({ help: "Clear the routes (with --route: replace them)" }),
    ha: flag.boolean({ group: "ha", help: "Highly available (a disabled router only)" }),
    noHa: flag.boolean({ group: "ha", help: "Not highly available (a disabled router only)" }),
    ...gatewayFlags,
    qosPolicy: flag.string({
      metavar: "<qos-policy>",
      group: "qos",
      help: "QoS policy for the gateway IPs (name or ID)",
    }),
    noQosPolicy: flag.boolean({ group: "qos", help: "No QoS policy for the gateway IPs" }),
    ...tagSetFlags("router"),
  },
  validate(f) {
    parseExtraProperties(f.extraProperty);
    parseRoutes(f.route);
    parseFixedIps(f.fixedIp);
  },
  async body({ flags: f, ctx, svc }, item) {
    const attrs = await commonAttrs(ctx, svc, f);
    if (f.ha) attrs.ha = true;
    else if (f.noHa) attrs.ha = false;
    if (f.route.length) {
      const routes = parseRoutes(f.route);
      // new routes first, then the router's own (Neutron drops duplicates)
      attrs.routes = f.noRoute ? routes : [...routes, ...(item.routes as unknown[] ?? [])];
    } else if (f.noRoute) attrs.routes = [];
    checkGatewayOptions(f, "update");
    if ((f.qosPolicy || f.noQosPolicy) && !f.externalGateway) {
      const had = item.external_gateway_info as Record<string, unknown> | null | undefined;
      if (!had || !("network_id" in had)) {
        throw new OscError(
          "You must specify '--external-gateway' or the router must already have an external network in order to set router gateway IP QoS",
        );
      }
      const info = (attrs.external_gateway_info ?? {}) as Record<string, unknown>;
      info.network_id = had.network_id;
      attrs.external_gateway_info = info;
    }
    const info = attrs.external_gateway_info as Record<string, unknown>;
    if (f.qosPolicy) info.qos_policy_id = (await findItem(svc, qosPolicy, f.qosPolicy)).id;
    if (f.noQosPolicy) info.qos_policy_id = null;
    const out = withExtraAttributes(attrs, parseExtraProperties(f.extraProperty));
    return Object.keys(out).length ? out : undefined;
  },
  after: async ({ flags: f, svc }, item) => void await setTags(svc, router, item, f),
});
