/**
 * Cinder volume types as cinderclient's VolumeTypeManager reaches them: the
 * type itself, its extra specs, its project access and its encryption type.
 */
import type { Context } from "../../context.ts";
import type { ServiceClient } from "../../http/service.ts";
import { logLine, objectIn } from "../../http/errors.ts";
import { plainError } from "../../kit/bulk.ts";
import { warn } from "../../cli/verbosity.ts";
import { defineResource, getItem, type Item, listAll } from "../../kit/resource.ts";
import { oscFind } from "../../api/find.ts";

export const volumeType = defineResource({
  service: "block-storage",
  path: "/types",
  key: "volume_type",
  plural: "volume_types",
  sdkName: "Type",
  // osc_lib's find_resource names cinderclient's class, lowercased
  noun: "volumetype",
  lookup: "osc",
  paging: "none",
  attrs: {},
});

/** cinderclient's list sends is_public even when it is None. */
export const IS_PUBLIC_NONE = { is_public: "None" };

/** find_resource over volume_types (GET /types/x, then /types?name=x&is_public=None). */
export async function findVolumeType(svc: ServiceClient, nameOrId: string): Promise<Item> {
  // cinderclient's query order, the name before is_public (the kit's lookup puts its
  // filters first, as keystoneclient does)
  const byName = (name?: string) =>
    listAll(svc, volumeType, name === undefined ? IS_PUBLIC_NONE : { name, ...IS_PUBLIC_NONE });
  return await oscFind<Item & { name?: string }>({
    noun: volumeType.noun,
    get: (id) => getItem(svc, volumeType, id) as Promise<Item & { name?: string }>,
    find: (name) => byName(name) as Promise<(Item & { name?: string })[]>,
    list: () => byName() as Promise<(Item & { name?: string })[]>,
  }, nameOrId);
}

function typePath(id: string, rest = ""): string {
  return `/types/${encodeURIComponent(id)}${rest}`;
}

/** VolumeType.set_keys: POST extra_specs; the specs as Cinder now has them. */
export async function setExtraSpecs(
  svc: ServiceClient,
  id: string,
  specs: Record<string, string>,
): Promise<Record<string, unknown>> {
  const res = await svc.request(typePath(id, "/extra_specs"), {
    method: "POST",
    json: { extra_specs: specs },
  });
  return objectIn<Record<string, unknown>>(res.body, "extra_specs", svc.type);
}

/** VolumeType.unset_keys: one DELETE per key, stopping at the first failure. */
export async function unsetExtraSpecs(
  svc: ServiceClient,
  id: string,
  keys: readonly string[],
): Promise<void> {
  for (const k of keys) {
    await svc.request(typePath(id, `/extra_specs/${encodeURIComponent(k)}`), {
      method: "DELETE",
      expectJson: false,
    });
  }
}

/** POST /types/{id}/action {addProjectAccess|removeProjectAccess: {project}}. */
export async function typeAccess(
  svc: ServiceClient,
  id: string,
  action: "addProjectAccess" | "removeProjectAccess",
  project: string,
): Promise<void> {
  await svc.request(typePath(id, "/action"), {
    method: "POST",
    json: { [action]: { project } },
    expectJson: false,
  });
}

/** The projects a private type is shared with. */
export async function typeAccessList(svc: ServiceClient, id: string): Promise<string[]> {
  const body = await svc.get<Record<string, unknown>>(typePath(id, "/os-volume-type-access"));
  const list = (body?.volume_type_access ?? []) as Record<string, unknown>[];
  return list.map((a) => a.project_id as string);
}

export interface EncryptionFlags {
  encryptionProvider?: string;
  encryptionCipher?: string;
  encryptionKeySize?: number;
  encryptionControlLocation?: string;
}

export function wantsEncryption(f: EncryptionFlags): boolean {
  return !!(f.encryptionProvider || f.encryptionCipher || f.encryptionKeySize ||
    f.encryptionControlLocation);
}

/** GET /types/{id}/encryption: the whole body ({} when the type has none). */
export async function getEncryption(
  svc: ServiceClient,
  id: string,
): Promise<Record<string, unknown>> {
  return (await svc.get<Record<string, unknown>>(typePath(id, "/encryption"))) ?? {};
}

/** _create_encryption_type: the provider is required; control location defaults to front-end. */
export async function createEncryption(
  svc: ServiceClient,
  id: string,
  f: EncryptionFlags,
): Promise<Record<string, unknown>> {
  if (!f.encryptionProvider) {
    throw new Error(
      "'--encryption-provider' should be specified while creating a new encryption type",
    );
  }
  const res = await svc.request(typePath(id, "/encryption"), {
    method: "POST",
    json: {
      encryption: {
        provider: f.encryptionProvider,
        cipher: f.encryptionCipher ?? null,
        key_size: f.encryptionKeySize ?? null,
        control_location: f.encryptionControlLocation || "front-end",
      },
    },
  });
  return objectIn<Record<string, unknown>>(res.body, "encryption", svc.type);
}

/** _set_encryption_type: update what is given; none yet (404): warn and create one. */
export async function setEncryption(
  ctx: Context,
  svc: ServiceClient,
  id: string,
  f: EncryptionFlags,
): Promise<void> {
  const body: Record<string, unknown> = {};
  if (f.encryptionProvider !== undefined) body.provider = f.encryptionProvider;
  if (f.encryptionCipher !== undefined) body.cipher = f.encryptionCipher;
  if (f.encryptionKeySize !== undefined) body.key_size = f.encryptionKeySize;
  if (f.encryptionControlLocation !== undefined) {
    body.control_location = f.encryptionControlLocation;
  }
  try {
    await svc.request(typePath(id, "/encryption/provider"), {
      method: "PUT",
      json: { encryption: body },
    });
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e;
    await warn(
      ctx,
      "No existing encryption type found, creating new encryption type for this volume type ...",
    );
    await createEncryption(svc, id, f);
  }
}

export async function deleteEncryption(svc: ServiceClient, id: string): Promise<void> {
  await svc.request(typePath(id, "/encryption/provider"), {
    method: "DELETE",
    expectJson: false,
  });
}

/** python's LOG.error lines: the first line of the message, on stderr. */
export async function logError(ctx: Context, what: string, e: unknown): Promise<void> {
  if (ctx.signal?.aborted) throw e;
  await ctx.stderr.write(logLine(`${what}: ${plainError(e)}`) + "\n");
}
