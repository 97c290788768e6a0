/** Finds a config file that holds a secret and that group or others may read. */
import type { FileSystem } from "../context.ts";
import { SECRET_AUTH_KEYS } from "./auth_keys.ts";
import { isDict } from "./merge.ts";

function holdsSecret(settings: unknown): boolean {
  if (!isDict(settings)) return false;
  const auth = settings.auth;
  const inAuth = isDict(auth) &&
    Object.entries(auth).some(([k, v]) => SECRET_AUTH_KEYS.has(k.replace(/-/g, "_")) && !!v);
  return inAuth ||
    Object.entries(settings).some(([k, v]) => SECRET_AUTH_KEYS.has(k.replace(/-/g, "_")) && !!v);
}

/** True when any cloud of a parsed clouds.yaml / secure.yaml document holds a password or other secret. */
export function documentHoldsSecret(doc: unknown): boolean {
  if (!isDict(doc) || !isDict(doc.clouds)) return false;
  return Object.values(doc.clouds).some(holdsSecret);
}

/** Group or other read permission (0o044). */
export function isGroupOrWorldReadable(mode: number): boolean {
  return (mode & 0o044) !== 0;
}

/**
 * The first file that holds a secret and is group/world readable, or undefined.
 * Only files holding a secret are stat'ed.
 */
export async function findExposedSecretFile(
  files: readonly { path: string; doc: unknown }[],
  fs: Pick<FileSystem, "mode">,
): Promise<string | undefined> {
  for (const f of files) {
    if (!documentHoldsSecret(f.doc)) continue;
    const mode = await fs.mode(f.path);
    if (mode !== undefined && isGroupOrWorldReadable(mode)) return f.path;
  }
  return undefined;
}
