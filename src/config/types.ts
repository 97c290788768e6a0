/** The resolved settings of one cloud, as the python client would use them. */

export interface ResolvedCloud {
  /** Name from --os-cloud / OS_CLOUD; undefined when none was named (env/flags only). */
  cloudName?: string;
  /**
   * keystoneauth plugin name as given ("password", "v3password", "token", "v3token",
   * "v3applicationcredential", "v3totp", "admin_token", "none", ...), after python's
   * aliases ("token_endpoint" → "admin_token", "None"/"" → "none").
   */
  authType: string;
  /** Auth plugin options, snake_case (auth_url, username, project_name, ...), non-empty strings. */
  auth: Record<string, string>;
  regionName?: string;
  /** "public" unless configured. */
  interface: string;
  /** False with --insecure or `insecure: true` / `verify: false` in clouds.yaml. */
  verify: boolean;
  /** CA bundle path ("~" expanded); meaningful only when verify is true. */
  cacert?: string;
  cert?: string;
  key?: string;
  /** Seconds to wait for each HTTP response. */
  apiTimeout?: number;
  /** `<service>_endpoint_override` values, keyed by service type with '-' → '_'. */
  endpointOverrides: Record<string, string>;
  /** `<service>_api_version` values (file, OS_*_API_VERSION, --os-*-api-version). */
  apiVersions: Record<string, string>;
  /** Configuration files read, in the order they were read. */
  files: string[];
  /** A config file holding a secret that group or others may read (for a warning). */
  insecurePasswordFile?: string;
  /**
   * Vendor profile named by the cloud (`profile:` / `cloud:`) that could not be
   * expanded: python's built-in vendor profiles are not bundled; only profiles
   * defined in a clouds-public.yaml are applied.
   */
  profile?: string;
}
