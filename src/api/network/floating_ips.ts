/** Neutron floating IPs, as the server add/remove floating ip commands reach them. */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";
import { sdkFind } from "../sdk.ts";

export type FloatingIp = Record<string, unknown> & { id: string };

/** openstacksdk's find_ip: GET by id, else the one listed whose ID or address it is. */
export async function sdkFindFloatingIp(network: ServiceClient, idOrAddress: string) {
  return await sdkFind<FloatingIp>({
    resource: "FloatingIP",
    get: async (id) =>
      objectIn<FloatingIp>(
        await network.get(`/floatingips/${encodeURIComponent(id)}`),
        "floatingip",
        "network",
      ),
    list: async () =>
      listOfObjects<FloatingIp>(await network.get("/floatingips"), "floatingips", "network"),
    id: (f) => f.id,
    name: (f) => f.floating_ip_address as string | undefined,
  }, idOrAddress);
}

export async function updateFloatingIp(
  network: ServiceClient,
  id: string,
  body: Record<string, unknown>,
): Promise<void> {
  await network.request(`/floatingips/${encodeURIComponent(id)}`, {
    method: "PUT",
    json: { floatingip: body },
  });
}

/** GET /ports?device_id=x: the ports of one server. */
export async function serverPorts(network: ServiceClient, deviceId: string) {
  return listOfObjects<Record<string, unknown> & { id: string }>(
    await network.get("/ports", { device_id: deviceId }),
    "ports",
    "network",
  );
}
