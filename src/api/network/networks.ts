/** Neutron networks. */
import type { Query } from "../../http/client.ts";
import type { ServiceClient } from "../../http/service.ts";
import { linksMarker, listPages } from "../paging.ts";
import { sdkFind } from "../sdk.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";

export interface Network {
  id: string;
  name: string | null;
  [key: string]: unknown;
}

/** GET /networks, following `networks_links` to the last page. */
export async function listNetworks(network: ServiceClient, query: Query): Promise<Network[]> {
  return await listPages<Network>(network, "/networks", query, {
    key: "networks",
    next: (b) => linksMarker(b.networks_links),
  });
}

export async function getNetwork(network: ServiceClient, id: string): Promise<Network> {
  return objectIn<Network>(
    await network.get(`/networks/${encodeURIComponent(id)}`),
    "network",
    "network",
  );
}

/** openstacksdk's find_network: GET by id, else the networks of that name. */
export async function sdkFindNetwork(network: ServiceClient, nameOrId: string): Promise<Network> {
  return await sdkFind<Network>({
    resource: "Network",
    get: (id) => getNetwork(network, id),
    list: (name) => listNetworks(network, { name }),
    id: (n) => n.id,
    name: (n) => n.name,
  }, nameOrId);
}

/** GET /agents/{id}: the agent must exist (openstacksdk's get_agent). */
export async function getAgent(network: ServiceClient, id: string): Promise<{ id: string }> {
  return objectIn(await network.get(`/agents/${encodeURIComponent(id)}`), "agent", "network");
}

/** GET /agents/{id}/dhcp-networks: the networks a DHCP agent hosts. */
export async function listDhcpAgentNetworks(
  network: ServiceClient,
  agentId: string,
): Promise<Network[]> {
  return listOfObjects<Network>(
    await network.get(`/agents/${encodeURIComponent(agentId)}/dhcp-networks`),
    "networks",
    "network",
  );
}

/** POST /networks: the created network. */
export async function createNetwork(
  network: ServiceClient,
  attrs: Record<string, unknown>,
): Promise<Network> {
  return objectIn<Network>(
    (await network.request("/networks", { method: "POST", json: { network: attrs } })).body,
    "network",
    "network",
  );
}

/** PUT /networks/{id}/tags: replaces every tag. */
export async function setNetworkTags(
  network: ServiceClient,
  id: string,
  tags: string[],
): Promise<void> {
  await network.request(`/networks/${encodeURIComponent(id)}/tags`, {
    method: "PUT",
    json: { tags },
  });
}

/** DELETE /networks/{id}. */
export async function deleteNetwork(network: ServiceClient, id: string): Promise<void> {
  await network.request(`/networks/${encodeURIComponent(id)}`, {
    method: "DELETE",
    expectJson: false,
  });
}
