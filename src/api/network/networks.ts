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

/** openstacksdk's Network attributes whose names differ from Neutron's (see sdkBody). */
export const NETWORK_SDK_NAMES: Readonly<Record<string, string>> = {
  ipv4_address_scope_id: "ipv4_address_scope",
  ipv6_address_scope_id: "ipv6_address_scope",
  is_admin_state_up: "admin_state_up",
  is_port_security_enabled: "port_security_enabled",
  is_router_external: "router:external",
  is_shared: "shared",
  provider_network_type: "provider:network_type",
  provider_physical_network: "provider:physical_network",
  provider_segmentation_id: "provider:segmentation_id",
  subnet_ids: "subnets",
  is_vlan_transparent: "vlan_transparent",
};

/** openstacksdk's find_qos_policy. "No QoSPolicy found for x". */
export async function sdkFindQosPolicy(
  network: ServiceClient,
  nameOrId: string,
): Promise<{ id: string; name: string | null }> {
  type Policy = { id: string; name: string | null };
  return await sdkFind<Policy>({
    resource: "QoSPolicy",
    get: async (id) =>
      objectIn<Policy>(
        await network.get(`/qos/policies/${encodeURIComponent(id)}`),
        "policy",
        "network",
      ),
    list: (name) =>
      listPages<Policy>(network, "/qos/policies", { name }, {
        key: "policies",
        next: (b) => linksMarker(b.policies_links),
      }),
    id: (p) => p.id,
    name: (p) => p.name,
  }, nameOrId);
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
