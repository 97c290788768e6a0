/** The cloud loader.py builds from OS_* variables (selectable as --os-cloud envvars). */
import type { Dict } from "./merge.ts";

type Env = Readonly<Record<string, string | undefined>>;

/** Variables that only select or locate a cloud: alone, they make no "envvars" cloud. */
const SELECTORS = new Set([
  "OS_CLOUD",
  "OS_REGION_NAME",
  "OS_CLIENT_CONFIG_FILE",
  "OS_CLIENT_SECURE_FILE",
  "OS_CLOUD_NAME",
]);

/** Name of the environment cloud: $OS_CLOUD_NAME or "envvars". */
export function envCloudName(env: Env): string {
  return env.OS_CLOUD_NAME || "envvars";
}

/**
 * loader._get_os_environ: every OS_* variable (except OS_TEST*, OS_STD*, OS_LOG*)
 * as a top-level setting named by the rest of the variable in lower case
 * (OS_AUTH_URL → auth_url). Undefined when only selector variables are set.
 */
export function envCloud(env: Env): Dict | undefined {
  const keys = Object.keys(env).filter((k) =>
    k.startsWith("OS_") && env[k] !== undefined && !k.startsWith("OS_TEST") &&
    !k.startsWith("OS_STD") && !k.startsWith("OS_LOG")
  );
  if (!keys.some((k) => !SELECTORS.has(k))) return undefined;
  const cloud: Dict = {};
  for (const k of keys) cloud[k.slice(3).toLowerCase()] = env[k];
  return cloud;
}
