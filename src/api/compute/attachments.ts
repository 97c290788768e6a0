/**
 * A server's network interfaces (os-interface) and volume attachments
 * (os-volume_attachments), as openstacksdk's ServerInterface (at most 2.70)
 * and VolumeAttachment (at most 2.89) reach them.
 */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";
import { microversionHeaders } from "../../kit/versions.ts";

export type Attachment = Record<string, unknown>;

export const SDK_INTERFACE_MAX = "2.70";
export const SDK_VOLUME_ATTACHMENT_MAX = "2.89";

const server = (id: string) => `/servers/${encodeURIComponent(id)}`;

/** POST os-interface {"interfaceAttachment": body}. */
export async function createInterface(
  compute: ServiceClient,
  mv: string | undefined,
  serverId: string,
  body: Record<string, unknown>,
): Promise<Attachment> {
  const res = await compute.request(`${server(serverId)}/os-interface`, {
    method: "POST",
    json: { interfaceAttachment: body },
    headers: microversionHeaders(compute, mv),
  });
  return objectIn<Attachment>(res.body, "interfaceAttachment", compute.type);
}

export async function listInterfaces(
  compute: ServiceClient,
  mv: string | undefined,
  serverId: string,
): Promise<Attachment[]> {
  const res = await compute.request(`${server(serverId)}/os-interface`, {
    headers: microversionHeaders(compute, mv),
  });
  return listOfObjects<Attachment>(res.body, "interfaceAttachments", compute.type);
}

export async function deleteInterface(
  compute: ServiceClient,
  mv: string | undefined,
  serverId: string,
  portId: string,
): Promise<void> {
  await compute.request(`${server(serverId)}/os-interface/${encodeURIComponent(portId)}`, {
    method: "DELETE",
    expectJson: false,
    headers: microversionHeaders(compute, mv),
  });
}

/** POST os-volume_attachments {"volumeAttachment": body}. */
export async function createVolumeAttachment(
  compute: ServiceClient,
  mv: string | undefined,
  serverId: string,
  body: Record<string, unknown>,
): Promise<Attachment> {
  const res = await compute.request(`${server(serverId)}/os-volume_attachments`, {
    method: "POST",
    json: { volumeAttachment: body },
    headers: microversionHeaders(compute, mv),
  });
  return objectIn<Attachment>(res.body, "volumeAttachment", compute.type);
}

export async function listVolumeAttachments(
  compute: ServiceClient,
  mv: string | undefined,
  serverId: string,
): Promise<Attachment[]> {
  const res = await compute.request(`${server(serverId)}/os-volume_attachments`, {
    headers: microversionHeaders(compute, mv),
  });
  return listOfObjects<Attachment>(res.body, "volumeAttachments", compute.type);
}

export async function updateVolumeAttachment(
  compute: ServiceClient,
  mv: string | undefined,
  serverId: string,
  volumeId: string,
  body: Record<string, unknown>,
): Promise<void> {
  await compute.request(
    `${server(serverId)}/os-volume_attachments/${encodeURIComponent(volumeId)}`,
    {
      method: "PUT",
      json: { volumeAttachment: body },
      expectJson: false,
      headers: microversionHeaders(compute, mv),
    },
  );
}

export async function deleteVolumeAttachment(
  compute: ServiceClient,
  mv: string | undefined,
  serverId: string,
  volumeId: string,
): Promise<void> {
  await compute.request(
    `${server(serverId)}/os-volume_attachments/${encodeURIComponent(volumeId)}`,
    { method: "DELETE", expectJson: false, headers: microversionHeaders(compute, mv) },
  );
}
