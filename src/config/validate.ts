/**
 * Checks that a resolved cloud has what its auth plugin needs, failing with the
 * messages of keystoneauth and osc_lib (one line; several problems joined by "; ").
 */
import { ConfigError } from "./errors.ts";
import type { ResolvedCloud } from "./types.ts";

/** Auth types this client can authenticate with. */
export const SUPPORTED_AUTH_TYPES: readonly string[] = [
  "password",
  "v3password",
  "token",
  "v3token",
  "v3applicationcredential",
  "v3totp",
  "admin_token",
  "none",
];

/** Other plugin names keystoneauth knows (for a clearer message). */
const OTHER_KEYSTONEAUTH_PLUGINS = new Set([
  "http_basic",
  "noauth",
  "v1password",
  "v2password",
  "v2token",
  "v3adfspassword",
  "v3multifactor",
  "v3oauth1",
  "v3oidcaccesstoken",
  "v3oidcauthcode",
  "v3oidcclientcredentials",
  "v3oidcpassword",
  "v3samlpassword",
  "v3tokenlessauth",
]);

export const NO_PASSWORD_MESSAGE = "No password entered, or found via --os-password or OS_PASSWORD";

/** True when the plugin takes a password and none was configured (the caller may prompt). */
export function needsPassword(cloud: ResolvedCloud): boolean {
  return cloud.authType.endsWith("password") && !cloud.auth.password;
}

function checkPluginName(t: string): void {
  if (SUPPORTED_AUTH_TYPES.includes(t)) return;
  const supported = `Supported auth types: ${SUPPORTED_AUTH_TYPES.join(", ")}`;
  if (OTHER_KEYSTONEAUTH_PLUGINS.has(t)) {
    throw new ConfigError(`Auth type ${t} is not supported by this client. ${supported}`);
  }
  throw new ConfigError(`The plugin ${t} could not be found. ${supported}`);
}

/** keystoneauth options marked required (checked by OSC_Config._validate_auth). */
function checkRequired(cloud: ResolvedCloud): void {
  const t = cloud.authType;
  const a = cloud.auth;
  const missing: string[] = [];
  if (t !== "admin_token" && t !== "none" && !a.auth_url) missing.push("auth-url");
  if (t === "v3applicationcredential" && !a.application_credential_secret) {
    missing.push("application_credential_secret");
  }
  if (missing.length === 0) return;
  let msg = missing.map((m) => `Missing value ${m} required for auth plugin ${t}`).join("; ");
  if (missing[0] === "auth-url" && cloud.profile !== undefined) {
    msg += ` (vendor profile ${cloud.profile} is not bundled with this client: set auth_url)`;
  }
  throw new ConfigError(msg);
}

/** The checks of keystoneauth's v3 loaders (load_from_options). */
function checkV3Loader(cloud: ResolvedCloud): void {
  const t = cloud.authType;
  const a = cloud.auth;
  if (
    (t === "v3password" || t === "v3applicationcredential" || t === "v3totp") && a.username &&
    !a.user_domain_id && !a.user_domain_name
  ) {
    throw new ConfigError(
      "You have provided a username. In the V3 identity API a username is only unique within a domain so you must also provide either a user_domain_id or user_domain_name.",
    );
  }
  if (t === "v3applicationcredential") {
    const byName = !!a.application_credential_name && !!(a.username || a.user_id);
    if (!a.application_credential_id && !byName) {
      throw new ConfigError(
        "You must provide either an application credential ID or an application credential name and user.",
      );
    }
  }
  if (t.startsWith("v3") && a.project_name && !a.project_domain_id && !a.project_domain_name) {
    throw new ConfigError(
      "You have provided a project_name. In the V3 identity API a project_name is only unique within a domain so you must also provide either a project_domain_id or project_domain_name.",
    );
  }
}

/** osc_lib.api.auth.check_valid_authentication_options. */
function checkOscLib(cloud: ResolvedCloud): void {
  const t = cloud.authType;
  const a = cloud.auth;
  const msgs: string[] = [];
  if (Object.keys(a).length === 0 && t !== "none") {
    msgs.push("Set a cloud-name with --os-cloud or OS_CLOUD");
  } else {
    if ((t === "password" || t === "v3password" || t === "v3totp") && !a.username && !a.user_id) {
      msgs.push(
        "Set a username with --os-username, OS_USERNAME, or auth.username or set a user-id with --os-user-id, OS_USER_ID, or auth.user_id",
      );
    }
    if ((t === "token" || t === "v3token" || t === "admin_token") && !a.token) {
      msgs.push("Set a token with --os-token, OS_TOKEN or auth.token");
    }
    if (t === "admin_token" && !a.endpoint) {
      msgs.push("Set an endpoint with --os-endpoint, OS_ENDPOINT or auth.endpoint");
    }
    if (t === "v3totp" && !a.passcode) {
      msgs.push("Set a passcode with OS_PASSCODE or auth.passcode");
    }
  }
  if (msgs.length > 0) throw new ConfigError(`Missing parameter(s): ${msgs.join("; ")}`);
}

/**
 * Throws ConfigError when the cloud cannot authenticate: unknown or unsupported
 * auth type, missing auth-url, missing user/token/secret, a v3 name without its
 * domain, and (unless allowMissingPassword, for a caller that prompts) no password.
 */
/** True for an absolute http(s) URL with a host. */
function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

/** auth_url, endpoint and *_endpoint_override must be http(s) URLs (the value is not quoted). */
function checkUrls(cloud: ResolvedCloud): void {
  const urls: [string, string | undefined][] = [
    ["auth_url (--os-auth-url, OS_AUTH_URL, auth.auth_url)", cloud.auth.auth_url],
    ["endpoint (--os-endpoint, OS_ENDPOINT, auth.endpoint)", cloud.auth.endpoint],
    ...Object.entries(cloud.endpointOverrides).map(([type, url]): [string, string] => [
      `${type}_endpoint_override`,
      url,
    ]),
  ];
  for (const [name, url] of urls) {
    if (url !== undefined && !isHttpUrl(url)) {
      throw new ConfigError(`The ${name} setting is not an http:// or https:// URL`);
    }
  }
}

export function validateAuth(
  cloud: ResolvedCloud,
  opts: { allowMissingPassword?: boolean } = {},
): void {
  checkPluginName(cloud.authType);
  checkRequired(cloud);
  checkUrls(cloud);
  checkV3Loader(cloud);
  checkOscLib(cloud);
  if (needsPassword(cloud) && !opts.allowMissingPassword) {
    throw new ConfigError(NO_PASSWORD_MESSAGE);
  }
}
