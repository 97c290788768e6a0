/**
 * Options accepted anywhere on the command line, before or after the command
 * words, as the python client (argparse parse_known_args) accepts them.
 */
import { flag, type FlagMeta, type FlagSpec, toMeta } from "./flags.ts";

const auth = (name: string, help: string, env: string): FlagSpec =>
  flag.string({ help: `${help} (Env: ${env})`, metavar: `<auth-${name}>` });

export const globalFlagSpecs = {
  version: flag.boolean({ help: "Show program's version number and exit" }),
  verbose: ({
    kind: "count",
    short: "v",
    help: "Increase verbosity of output. Can be repeated.",
  }) as FlagSpec,
  quiet: flag.boolean({ short: "q", help: "Suppress output except warnings and errors." }),
  logFile: flag.string({
    help: "Specify a file to log output. Disabled by default.",
    hidden: true,
  }),
  help: flag.boolean({ short: "h", help: "Show help message and exit." }),
  debug: flag.boolean({
    help: "Show each request and response (secrets redacted) and tracebacks on errors.",
  }),
  osCloud: flag.string({
    help: "Cloud name in clouds.yaml (Env: OS_CLOUD)",
    metavar: "<cloud-config-name>",
  }),
  osRegionName: flag.string({
    help: "Authentication region name (Env: OS_REGION_NAME)",
    metavar: "<auth-region-name>",
  }),
  osCacert: flag.string({
    help: "CA certificate bundle file (Env: OS_CACERT)",
    metavar: "<ca-bundle-file>",
  }),
  osCert: flag.string({
    help: "Client certificate bundle file (Env: OS_CERT)",
    metavar: "<certificate-file>",
  }),
  osKey: flag.string({ help: "Client certificate key file (Env: OS_KEY)", metavar: "<key-file>" }),
  verify: flag.boolean({
    help: "Verify server certificate (default)",
    dest: "insecure",
    value: false,
  }),
  insecure: flag.boolean({ help: "Disable server certificate verification" }),
  osDefaultDomain: flag.string({
    help: "Default domain ID, default=default. (Env: OS_DEFAULT_DOMAIN)",
    metavar: "<auth-domain>",
  }),
  osInterface: flag.string({
    help:
      "Select an interface type. Valid interface types: [admin, public, internal]. default=public, (Env: OS_INTERFACE)",
    metavar: "<interface>",
  }),
  timing: flag.boolean({ help: "Print API call timing info" }),
  osTimeout: flag.string({
    help: "Seconds to wait for each HTTP response (Env: OS_TIMEOUT; clouds.yaml api_timeout)",
    metavar: "<seconds>",
  }),
  osTokenCache: flag.boolean({
    help: "Cache tokens between invocations (default; Env: OS_TOKEN_CACHE=0 disables)",
    dest: "osTokenCache",
    value: true,
  }),
  osNoTokenCache: flag.boolean({
    help: "Do not read or write the token cache",
    dest: "osTokenCache",
    value: false,
  }),
  osComputeApiVersion: flag.string({
    help: "Compute API version, default=negotiated (Env: OS_COMPUTE_API_VERSION)",
    metavar: "<compute-api-version>",
  }),
  osIdentityApiVersion: flag.string({
    help: "Identity API version, default=3 (Env: OS_IDENTITY_API_VERSION)",
    metavar: "<identity-api-version>",
  }),
  osImageApiVersion: flag.string({
    help: "Image API version, default=2 (Env: OS_IMAGE_API_VERSION)",
    metavar: "<image-api-version>",
  }),
  osNetworkApiVersion: flag.string({
    help: "Network API version, default=2.0 (Env: OS_NETWORK_API_VERSION)",
    metavar: "<network-api-version>",
  }),
  osObjectApiVersion: flag.string({
    help: "Object API version, default=1 (Env: OS_OBJECT_API_VERSION)",
    metavar: "<object-api-version>",
  }),
  osVolumeApiVersion: flag.string({
    help: "Volume API version, default=3 (Env: OS_VOLUME_API_VERSION)",
    metavar: "<volume-api-version>",
  }),
  osAuthType: flag.string({
    help:
      "Select an authentication type: v3password (password), v3token (token), v3applicationcredential. Default: selected based on --os-username/--os-token (Env: OS_AUTH_TYPE)",
    metavar: "<auth-type>",
  }),
  osAuthUrl: auth("auth-url", "Authentication URL", "OS_AUTH_URL"),
  osSystemScope: auth("system-scope", "Scope for system operations", "OS_SYSTEM_SCOPE"),
  osDomainId: auth("domain-id", "Domain ID to scope to", "OS_DOMAIN_ID"),
  osDomainName: auth("domain-name", "Domain name to scope to", "OS_DOMAIN_NAME"),
  osProjectId: {
    ...auth("project-id", "Project ID to scope to", "OS_PROJECT_ID"),
    aliases: ["os-tenant-id"],
  },
  osProjectName: {
    ...auth("project-name", "Project name to scope to", "OS_PROJECT_NAME"),
    aliases: ["os-tenant-name"],
  },
  osProjectDomainId: auth(
    "project-domain-id",
    "Domain ID containing project",
    "OS_PROJECT_DOMAIN_ID",
  ),
  osProjectDomainName: auth(
    "project-domain-name",
    "Domain name containing project",
    "OS_PROJECT_DOMAIN_NAME",
  ),
  osTrustId: auth("trust-id", "ID of the trust to use as a trustee use", "OS_TRUST_ID"),
  osUserId: auth("user-id", "User ID", "OS_USER_ID"),
  osUsername: auth("username", "Username", "OS_USERNAME"),
  osUserDomainId: auth("user-domain-id", "User's domain id", "OS_USER_DOMAIN_ID"),
  osUserDomainName: auth("user-domain-name", "User's domain name", "OS_USER_DOMAIN_NAME"),
  osApplicationCredentialSecret: auth(
    "application-credential-secret",
    "Application credential auth secret",
    "OS_APPLICATION_CREDENTIAL_SECRET",
  ),
  osApplicationCredentialId: auth(
    "application-credential-id",
    "Application credential ID",
    "OS_APPLICATION_CREDENTIAL_ID",
  ),
  osApplicationCredentialName: auth(
    "application-credential-name",
    "Application credential name",
    "OS_APPLICATION_CREDENTIAL_NAME",
  ),
  osEndpoint: auth("endpoint", "Endpoint to use instead of the catalog's", "OS_ENDPOINT"),
  osPassword: auth("password", "User's password", "OS_PASSWORD"),
  osToken: auth("token", "Token to authenticate with", "OS_TOKEN"),
  osDefaultDomainId: auth(
    "default-domain-id",
    "Optional domain ID to use with v3 and v2 parameters",
    "OS_DEFAULT_DOMAIN_ID",
  ),
  osDefaultDomainName: auth(
    "default-domain-name",
    "Optional domain name to use with v3 API and v2 parameters",
    "OS_DEFAULT_DOMAIN_NAME",
  ),
} as const satisfies Record<string, FlagSpec>;

export type GlobalFlagName = keyof typeof globalFlagSpecs;

export const globalFlags: readonly FlagMeta[] = toMeta(globalFlagSpecs);

/** Parsed global options: only those given on the command line are present. */
export type GlobalOptions = Partial<Record<GlobalFlagName, string | boolean | number>>;
