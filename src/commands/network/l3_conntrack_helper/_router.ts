/** What every conntrack helper command does first: find the router (openstacksdk's find_router). */
import type { ServiceClient } from "../../../http/service.ts";
import { findItem, type Resource } from "../../../kit/resource.ts";
import { router } from "../../../resources/network/router.ts";
import { conntrackHelper } from "../../../resources/network/conntrack_helper.ts";

export const routerPositional = {
  name: "router",
  metavar: "<router>",
  help: "Router of the helper (name or ID)",
};

export const helperPositional = {
  name: "helper_id",
  metavar: "<conntrack-helper-id>",
  help: "Conntrack helper (ID)",
};

/** The helpers' collection below the router named or identified by `nameOrId`. */
export async function helpersOf(svc: ServiceClient, nameOrId: string): Promise<Resource> {
  return conntrackHelper((await findItem(svc, router, nameOrId)).id);
}
