/** network list/show columns over the Network resource's attribute table. */
import type { Column } from "../../kit/attrs.ts";
import { showResult } from "../../kit/attrs.ts";
import type { ShowResult } from "../../output/types.ts";
import { network } from "../../resources/network/network.ts";

export const LIST: readonly Column[] = [["ID", "id"], ["Name", "name"], ["Subnets", "subnet_ids"]];
export const LONG: readonly Column[] = [
  ["ID", "id"],
  ["Name", "name"],
  ["Status", "status"],
  ["Project", "project_id"],
  ["State", "is_admin_state_up"],
  ["Shared", "is_shared"],
  ["Subnets", "subnet_ids"],
  ["Network Type", "provider_network_type"],
  ["Router Type", "is_router_external"],
  ["Availability Zones", "availability_zones"],
  ["Tags", "tags"],
];

export function networkShow(n: Record<string, unknown>): ShowResult {
  return showResult(network.attrs, n);
}
