/** Names of auth settings and the aliases python accepts for them. */

/**
 * loader._fix_backwards_project: each target takes the last alias present, an
 * alias in the `auth` section beating the same alias at the cloud's top level.
 */
export const SCOPE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  domain_id: ["domain_id"],
  domain_name: ["domain_name"],
  user_domain_id: ["user_domain_id"],
  user_domain_name: ["user_domain_name"],
  project_domain_id: ["project_domain_id"],
  project_domain_name: ["project_domain_name"],
  token: ["auth_token", "token"],
  project_id: ["tenant_id", "project_id"],
  project_name: ["tenant_name", "project_name"],
};

/**
 * Other keystoneauth plugin options: a value at the cloud's top level beats the
 * `auth` section (osc_lib OSC_Config._validate_auth); deprecated names lose to
 * current ones.
 */
export const PLUGIN_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  auth_url: [],
  system_scope: [],
  trust_id: [],
  default_domain_id: [],
  default_domain_name: [],
  user_id: [],
  username: ["user_name"],
  password: [],
  application_credential_secret: [],
  application_credential_id: [],
  application_credential_name: [],
  passcode: [],
  endpoint: [],
};

/** Every key that may appear at a cloud's top level and means an auth setting. */
export const TOP_LEVEL_AUTH_KEYS: ReadonlySet<string> = new Set([
  ...Object.values(SCOPE_ALIASES).flat(),
  ...Object.keys(PLUGIN_OPTIONS),
  ...Object.values(PLUGIN_OPTIONS).flat(),
]);

/** Auth keys whose values are secrets. */
export const SECRET_AUTH_KEYS: ReadonlySet<string> = new Set([
  "password",
  "token",
  "auth_token",
  "application_credential_secret",
]);
