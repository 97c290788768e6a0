/**
 * resolveCloud: the settings of the cloud a command runs against, combined as
 * python-openstackclient does (openstacksdk loader.py + osc_lib OSC_Config):
 * command-line flag > OS_* variable > clouds.yaml (+ secure.yaml) > defaults.
 */
import type { GlobalOptions } from "../cli/global_options.ts";
import type { Deps } from "../context.ts";
import { type Args, type ArgValue, collectArgs } from "./args.ts";
import { PLUGIN_OPTIONS, SCOPE_ALIASES } from "./auth_keys.ts";
import { ConfigError } from "./errors.ts";
import { type FileCloud, loadNamedCloud } from "./file_cloud.ts";
import { type Dict, isDict } from "./merge.ts";
import { expandUser } from "./search_path.ts";
import type { ResolvedCloud } from "./types.ts";

type Env = Readonly<Record<string, string | undefined>>;

function scalar(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** Auth values of the file layer, with python's aliases and top-level/auth-section precedence. */
function fileAuth(settings: Dict): Record<string, string> {
  const section: Dict = isDict(settings.auth) ? settings.auth : {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(section)) {
    const s = scalar(v);
    if (s !== undefined) out[k] = s;
  }
  for (const [target, aliases] of Object.entries(SCOPE_ALIASES)) {
    let value: string | undefined;
    for (const alias of aliases) {
      value = scalar(settings[alias]) ?? value;
      value = scalar(section[alias]) ?? value;
      delete out[alias];
    }
    if (value !== undefined) out[target] = value;
  }
  for (const [key, deprecated] of Object.entries(PLUGIN_OPTIONS)) {
    const names = [key, ...deprecated];
    const value = names.map((n) => scalar(settings[n])).find((v) => v !== undefined) ??
      names.map((n) => scalar(section[n])).find((v) => v !== undefined);
    for (const d of deprecated) delete out[d];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** loader._handle_domain_id: with a project scope, domain_* fills user_/project_domain_*. */
function handleDomainId(auth: Record<string, string>): void {
  if (!auth.project_id && !auth.project_name) return;
  for (const kind of ["id", "name"]) {
    const target = `domain_${kind}`;
    const value = auth[target];
    if (value !== undefined) {
      for (const k of [`user_domain_${kind}`, `project_domain_${kind}`]) auth[k] ??= value;
    }
    delete auth[target];
  }
}

/**
 * The auth type named by args or file, normalised. The older `auth_plugin` key is
 * ignored, as in python where the default auth_type always beats it.
 */
function explicitAuthType(args: Args, settings: Dict): string | undefined {
  let raw: unknown = args.authType;
  if (raw === undefined) {
    if (!("auth_type" in settings)) return undefined;
    raw = settings.auth_type;
  }
  // An empty auth_type falls back to the default (_auth_select_default_plugin).
  if (raw === null || raw === undefined || raw === "") return undefined;
  if (raw === "None") return "none";
  if (raw === "token_endpoint") return "admin_token";
  return String(raw);
}

function defaultAuthType(args: Args, auth: Record<string, string>): string {
  // openstackclient's _final_defaults: --os-endpoint with --os-token means admin_token.
  if (args.auth.endpoint && args.auth.token) return "admin_token";
  if (auth.token && !auth.username && !auth.user_id) return "token";
  if (
    auth.application_credential_secret && !auth.password &&
    (auth.application_credential_id || auth.application_credential_name)
  ) return "v3applicationcredential";
  return "password";
}

/** OSC_Config._auth_v2_ignore_v3 and _auth_default_domain. */
function applyIdentityVersionRules(
  authType: string,
  auth: Record<string, string>,
  identityVersion: string,
  defaultDomain: string,
): void {
  if (identityVersion.startsWith("2") && authType.endsWith("password")) {
    for (
      const k of ["project_domain_id", "project_domain_name", "user_domain_id", "user_domain_name"]
    ) {
      delete auth[k];
    }
  }
  if (identityVersion !== "3" || !["password", "v3password", "v3totp"].includes(authType)) return;
  if (!auth.project_domain_id && !auth.project_domain_name) auth.project_domain_id = defaultDomain;
  if (!auth.user_domain_id && !auth.user_domain_name) auth.user_domain_id = defaultDomain;
}

function suffixed(settings: Dict, suffix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(settings)) {
    const s = scalar(v);
    if (k.endsWith(suffix) && k.length > suffix.length && s !== undefined) {
      out[k.slice(0, -suffix.length)] = s;
    }
  }
  return out;
}

/** python truthiness, for `verify`. */
function truthy(v: unknown): boolean {
  if (typeof v === "string") return v !== "";
  if (typeof v === "number") return v !== 0;
  return v === true;
}

/** loader.get_boolean, for `insecure`: only true or "true" (any case) is true. */
function getBoolean(v: unknown): boolean {
  if (typeof v === "boolean") return v;
  return typeof v === "string" && v.toLowerCase() === "true";
}

function verifyOf(args: Args, settings: Dict): boolean {
  if (args.insecure !== undefined) return !args.insecure;
  if (getBoolean(settings.insecure)) return false;
  const v = settings.verify;
  return v === undefined || v === null ? true : truthy(v);
}

/** The file's timeout: api_timeout, overridden by a service one (compute_timeout...), as python. */
function fileTimeout(fc: FileCloud): ArgValue | undefined {
  let found: { key: string; v: unknown } | undefined;
  for (const [key, v] of Object.entries(fc.settings)) {
    if (v === null || v === undefined) continue;
    if (key === "api_timeout") found ??= { key, v };
    else if (key.endsWith("timeout") && key !== "timeout") found = { key, v };
  }
  if (found === undefined) return undefined;
  const where = fc.source === "environment" ? fc.source : `${fc.source}: clouds.${fc.name}`;
  return { value: String(found.v), source: `${where}.${found.key}` };
}

function parseTimeout(t: ArgValue | undefined): number | undefined {
  if (t === undefined) return undefined;
  const text = t.value.trim();
  const n = text === "" ? NaN : Number(text);
  if (!Number.isFinite(n) || n <= 0) {
    throw new ConfigError(
      `Invalid timeout ${
        JSON.stringify(t.value)
      } from ${t.source}: expected a positive number of seconds`,
    );
  }
  return n;
}

function pathSetting(arg: string | undefined, file: unknown, env: Env): string | undefined {
  const v = arg ?? scalar(file);
  return v === undefined ? undefined : expandUser(v, env);
}

export async function resolveCloud(
  global: GlobalOptions,
  deps: Pick<Deps, "env" | "cwd" | "fs">,
): Promise<ResolvedCloud> {
  const env = deps.env;
  const args = collectArgs(global, env);
  // With no cloud named, python-openstackclient passes cloud='' and uses only
  // flags and OS_* variables: neither a lone clouds.yaml cloud nor the "envvars"
  // cloud is picked, so no file needs reading.
  const fc = args.cloud === undefined
    ? undefined
    : await loadNamedCloud(args.cloud, args.regionName, deps);
  const settings: Dict = fc?.settings ?? {};

  const auth = { ...fileAuth(settings), ...args.auth };
  handleDomainId(auth);
  const authType = explicitAuthType(args, settings) ?? defaultAuthType(args, auth);
  const apiVersions = { ...suffixed(settings, "_api_version"), ...args.apiVersions };
  applyIdentityVersionRules(authType, auth, apiVersions.identity ?? "", args.defaultDomain);

  const resolved: ResolvedCloud = {
    authType,
    auth,
    interface: args.interface ?? scalar(settings.endpoint_type) ?? scalar(settings.interface) ??
      "public",
    verify: verifyOf(args, settings),
    endpointOverrides: suffixed(settings, "_endpoint_override"),
    apiVersions,
    files: fc?.files ?? [],
  };
  if (fc !== undefined) resolved.cloudName = fc.name;
  const regionName = fc !== undefined ? fc.regionName : args.regionName;
  if (regionName !== undefined) resolved.regionName = regionName;
  const cacert = pathSetting(args.cacert, settings.cacert, env);
  if (cacert !== undefined) resolved.cacert = cacert;
  const cert = pathSetting(args.cert, settings.cert, env);
  if (cert !== undefined) resolved.cert = cert;
  const key = pathSetting(args.key, settings.key, env);
  if (key !== undefined) resolved.key = key;
  const apiTimeout = parseTimeout(args.timeout ?? (fc && fileTimeout(fc)));
  if (apiTimeout !== undefined) resolved.apiTimeout = apiTimeout;
  if (fc?.exposedSecretFile !== undefined) resolved.insecurePasswordFile = fc.exposedSecretFile;
  if (fc?.unresolvedProfile !== undefined) resolved.profile = fc.unresolvedProfile;
  return resolved;
}
