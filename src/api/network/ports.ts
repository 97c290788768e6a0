/** Neutron ports and security groups, as far as server create needs them. */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";
import { sdkFind } from "../sdk.ts";

export interface NamedResource {
  id: string;
  name: string | null;
  [key: string]: unknown;
}

/** openstacksdk's find_port: GET by id, else the ports of that name. "No Port found for x". */
export async function sdkFindPort(
  network: ServiceClient,
  nameOrId: string,
): Promise<NamedResource> {
  return await sdkFind<NamedResource>({
    resource: "Port",
    get: async (id) =>
      objectIn(await network.get(`/ports/${encodeURIComponent(id)}`), "port", "network"),
    list: async (name) => listOfObjects(await network.get("/ports", { name }), "ports", "network"),
    id: (p) => p.id,
    name: (p) => p.name,
  }, nameOrId);
}

/** openstacksdk's find_security_group. "No SecurityGroup found for x". */
export async function sdkFindSecurityGroup(
  network: ServiceClient,
  nameOrId: string,
): Promise<NamedResource> {
  return await sdkFind<NamedResource>({
    resource: "SecurityGroup",
    get: async (id) =>
      objectIn(
        await network.get(`/security-groups/${encodeURIComponent(id)}`),
        "security_group",
        "network",
      ),
    list: async (name) =>
      listOfObjects(
        await network.get("/security-groups", { name }),
        "security_groups",
        "network",
      ),
    id: (g) => g.id,
    name: (g) => g.name,
  }, nameOrId);
}
