/**
 * Values from the command line and the environment, as the python client sees
 * them: every `--os-*` option takes its default from its OS_* variable, so a flag
 * beats the variable and both beat clouds.yaml. Empty values count as unset.
 */
import type { GlobalOptions } from "../cli/global_options.ts";

type Env = Readonly<Record<string, string | undefined>>;

/** A value and where it came from ("--os-timeout" or "OS_TIMEOUT"), for messages. */
export interface ArgValue {
  value: string;
  source: string;
}

export interface Args {
  /** --os-cloud / OS_CLOUD; undefined when unset or empty. */
  cloud?: string;
  regionName?: string;
  interface?: string;
  authType?: string;
  cacert?: string;
  cert?: string;
  key?: string;
  timeout?: ArgValue;
  /** --os-default-domain / OS_DEFAULT_DOMAIN, "default" when neither is set. */
  defaultDomain: string;
  /** true for --insecure, false for --verify, undefined for neither. */
  insecure?: boolean;
  auth: Record<string, string>;
  apiVersions: Record<string, string>;
}

type OptionName = keyof GlobalOptions;

/** Auth plugin options osc registers as --os-<name> with an OS_<NAME> default. */
const AUTH_OPTIONS: readonly (readonly [OptionName | undefined, readonly string[], string])[] = [
  ["osAuthUrl", ["OS_AUTH_URL"], "auth_url"],
  ["osSystemScope", ["OS_SYSTEM_SCOPE"], "system_scope"],
  ["osDomainId", ["OS_DOMAIN_ID"], "domain_id"],
  ["osDomainName", ["OS_DOMAIN_NAME"], "domain_name"],
  ["osProjectId", ["OS_PROJECT_ID", "OS_TENANT_ID"], "project_id"],
  ["osProjectName", ["OS_PROJECT_NAME", "OS_TENANT_NAME"], "project_name"],
  ["osProjectDomainId", ["OS_PROJECT_DOMAIN_ID"], "project_domain_id"],
  ["osProjectDomainName", ["OS_PROJECT_DOMAIN_NAME"], "project_domain_name"],
  ["osTrustId", ["OS_TRUST_ID"], "trust_id"],
  ["osUserId", ["OS_USER_ID"], "user_id"],
  ["osUsername", ["OS_USERNAME"], "username"],
  ["osUserDomainId", ["OS_USER_DOMAIN_ID"], "user_domain_id"],
  ["osUserDomainName", ["OS_USER_DOMAIN_NAME"], "user_domain_name"],
  ["osPassword", ["OS_PASSWORD"], "password"],
  ["osToken", ["OS_TOKEN"], "token"],
  ["osEndpoint", ["OS_ENDPOINT"], "endpoint"],
  ["osDefaultDomainId", ["OS_DEFAULT_DOMAIN_ID"], "default_domain_id"],
  ["osDefaultDomainName", ["OS_DEFAULT_DOMAIN_NAME"], "default_domain_name"],
  [
    "osApplicationCredentialSecret",
    ["OS_APPLICATION_CREDENTIAL_SECRET"],
    "application_credential_secret",
  ],
  ["osApplicationCredentialId", ["OS_APPLICATION_CREDENTIAL_ID"], "application_credential_id"],
  [
    "osApplicationCredentialName",
    ["OS_APPLICATION_CREDENTIAL_NAME"],
    "application_credential_name",
  ],
  [undefined, ["OS_PASSCODE"], "passcode"],
];

function flagValue(global: GlobalOptions, name: OptionName): string | undefined {
  const v = global[name];
  if (typeof v === "number") return String(v);
  return typeof v === "string" && v !== "" ? v : undefined;
}

function envValue(env: Env, names: readonly string[]): string | undefined {
  for (const n of names) {
    const v = env[n];
    if (v !== undefined && v !== "") return v;
  }
  return undefined;
}

/** The flag when given (an empty flag hides the variable, as with argparse), else the variable. */
function pick(
  global: GlobalOptions,
  env: Env,
  name: OptionName | undefined,
  envNames: readonly string[],
): string | undefined {
  if (
    name !== undefined && (typeof global[name] === "string" || typeof global[name] === "number")
  ) {
    return flagValue(global, name);
  }
  return envValue(env, envNames);
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase()).replace(/^_/, "");
}

/** OS_<SERVICE>_API_VERSION variables, then --os-<service>-api-version flags over them. */
function apiVersionArgs(global: GlobalOptions, env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    const m = /^OS_(.+)_API_VERSION$/.exec(k);
    if (m && v) out[m[1].toLowerCase()] = v;
  }
  for (const k of Object.keys(global) as OptionName[]) {
    const m = /^os([A-Z]\w*)ApiVersion$/.exec(k);
    const v = flagValue(global, k);
    if (m && v !== undefined) out[snake(m[1])] = v;
  }
  return out;
}

export function collectArgs(global: GlobalOptions, env: Env): Args {
  const auth: Record<string, string> = {};
  for (const [name, envNames, key] of AUTH_OPTIONS) {
    const v = pick(global, env, name, envNames);
    if (v !== undefined) auth[key] = v;
  }
  const timeoutValue = pick(global, env, "osTimeout", ["OS_TIMEOUT"]);
  const timeout = timeoutValue === undefined ? undefined : {
    value: timeoutValue,
    source: global.osTimeout === undefined ? "OS_TIMEOUT" : `--${kebab("osTimeout")}`,
  };
  const insecure = global.insecure;
  return {
    cloud: pick(global, env, "osCloud", ["OS_CLOUD"]),
    regionName: pick(global, env, "osRegionName", ["OS_REGION_NAME"]),
    interface: pick(global, env, "osInterface", ["OS_INTERFACE"]),
    authType: pick(global, env, "osAuthType", ["OS_AUTH_TYPE"]),
    cacert: pick(global, env, "osCacert", ["OS_CACERT"]),
    cert: pick(global, env, "osCert", ["OS_CERT"]),
    key: pick(global, env, "osKey", ["OS_KEY"]),
    timeout,
    defaultDomain: pick(global, env, "osDefaultDomain", ["OS_DEFAULT_DOMAIN"]) ?? "default",
    insecure: typeof insecure === "boolean" ? insecure : undefined,
    auth,
    apiVersions: apiVersionArgs(global, env),
  };
}
