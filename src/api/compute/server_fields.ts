/** A server's own fields, metadata, tags and password: what server set and unset change. */
import type { ServiceClient } from "../../http/service.ts";

function serverPath(id: string, rest = ""): string {
  return `/servers/${encodeURIComponent(id)}${rest}`;
}

/** PUT /servers/{id} {"server": {name, description, hostname}}. */
export async function updateServer(
  compute: ServiceClient,
  id: string,
  fields: Record<string, unknown>,
): Promise<void> {
  await compute.request(serverPath(id), { method: "PUT", json: { server: fields } });
}

/** POST /servers/{id}/metadata: adds or replaces the given keys. */
export async function setServerMetadata(
  compute: ServiceClient,
  id: string,
  metadata: Record<string, string>,
): Promise<void> {
  await compute.request(serverPath(id, "/metadata"), { method: "POST", json: { metadata } });
}

/** DELETE /servers/{id}/metadata/{key}. */
export async function deleteServerMetadata(
  compute: ServiceClient,
  id: string,
  key: string,
): Promise<void> {
  await compute.request(serverPath(id, `/metadata/${encodeURIComponent(key)}`), {
    method: "DELETE",
    expectJson: false,
  });
}

/** PUT /servers/{id}/tags/{tag} (2.26+). */
export async function addServerTag(compute: ServiceClient, id: string, tag: string) {
  await compute.request(serverPath(id, `/tags/${encodeURIComponent(tag)}`), {
    method: "PUT",
    expectJson: false,
  });
}

/** DELETE /servers/{id}/tags/{tag} (2.26+). */
export async function deleteServerTag(compute: ServiceClient, id: string, tag: string) {
  await compute.request(serverPath(id, `/tags/${encodeURIComponent(tag)}`), {
    method: "DELETE",
    expectJson: false,
  });
}

/** DELETE /servers/{id}/os-server-password: forgets the password the metadata service holds. */
export async function clearServerPassword(compute: ServiceClient, id: string): Promise<void> {
  await compute.request(serverPath(id, "/os-server-password"), {
    method: "DELETE",
    expectJson: false,
  });
}
