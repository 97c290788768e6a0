/** What every association command does first: find the local IP (openstacksdk's find_local_ip). */
import type { ServiceClient } from "../../../http/service.ts";
import { findItem, type Item } from "../../../kit/resource.ts";
import { localIp } from "../../../resources/network/local_ip.ts";

export const localIpPositional = {
  name: "local_ip",
  metavar: "<local-ip>",
  help: "Local IP of the association (name or ID)",
};

export function findLocalIp(svc: ServiceClient, nameOrId: string): Promise<Item> {
  return findItem(svc, localIp, nameOrId);
}
