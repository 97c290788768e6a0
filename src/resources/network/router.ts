/** Neutron routers, as openstacksdk's Router presents them to the router commands. */
import { formatListOfDicts } from "../../columns/format.ts";
import { defineResource, type Item } from "../../kit/resource.ts";
import type { ShowOptions } from "../../kit/attrs.ts";
import { encodeJson } from "../../output/json.ts";
import { type Formatted, formatted } from "../../output/types.ts";

/** RouterInfoColumn: json.dumps of the value for people; the value itself for programs. */
export function jsonColumn(value: unknown): Formatted {
  return formatted(encodeJson(value, null), value);
}

/** RoutesColumn: each route's nexthop shown as gateway (as --route names it). */
export function routesColumn(value: unknown): Formatted {
  const routes = Array.isArray(value) ? value as Record<string, unknown>[] : [];
  const human = routes.map((r) => {
    if (!("nexthop" in r)) return r;
    const { nexthop, ...rest } = r;
    return { ...rest, gateway: nexthop };
  });
  return formatted(formatListOfDicts(human), value);
}

export const router = defineResource({
  service: "network",
  path: "/routers",
  key: "router",
  plural: "routers",
  sdkName: "Router",
  noun: "router",
  lookup: "sdk",
  paging: "links",
  attrs: {
    availability_zone_hints: { type: "list", format: "list" },
    availability_zones: { type: "list", format: "list" },
    created_at: {},
    description: {},
    enable_ndp_proxy: { type: "bool" },
    external_gateway_info: { type: "dict", format: jsonColumn },
    flavor_id: {},
    is_admin_state_up: {
      key: "admin_state_up",
      type: "bool",
      show: "admin_state_up",
      format: { yes: "UP", no: "DOWN" },
    },
    is_distributed: { key: "distributed", type: "bool", show: "distributed" },
    is_ha: { key: "ha", type: "bool", show: "ha" },
    name: {},
    project_id: { compute: (i) => i.project_id ?? i.tenant_id ?? null },
    tenant_id: {},
    revision_number: { type: "int" },
    routes: { type: "list", format: routesColumn },
    status: {},
    updated_at: {},
    id: {},
    tags: { type: "list", default: [], format: "list" },
    location: { show: false },
  },
});

/** router's _get_columns: ha and distributed are left out when the router has no value. */
export function routerShow(extra?: Record<string, unknown>) {
  return (item: Item): ShowOptions => ({
    hide: [
      ...(item.ha === undefined || item.ha === null ? ["is_ha"] : []),
      ...(item.distributed === undefined || item.distributed === null ? ["is_distributed"] : []),
    ],
    extra: extra
      ? Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, jsonColumn(v)]))
      : undefined,
  });
}
