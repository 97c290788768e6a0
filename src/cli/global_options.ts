/**
 * Options accepted anywhere on the command line, before or after the command
 * words, as the python client (argparse parse_known_args) accepts them.
 */
import { flag, type FlagMeta, type FlagSpec, toMeta } from "./flags.ts";

const auth = (name: string, help: string, env: string): FlagSpec =>
  flag.string({ help: `${help} (Env: ${env})`, metavar: `<auth-${name}>` });

export const globalFlagSpecs = {
  version: flag.boolean({ help: "Print the version and exit" }),
  verbose: ({
    kind: "count",
    short: "v",
    help: "More output (repeatable)",
  }) as FlagSpec,
  quiet: flag.boolean({ short: "q", help: "Print only warnings and errors" }),
  logFile: flag.string({
    help: "Accepted for compatibility; no log file is written",
    hidden: true,
  }),
  help: flag.boolean({ short: "h", help: "Print help and exit" }),
  errorFormat: flag.string({
    help:
      "How a failure is reported on stderr: text (default) or json, one object with message, exit_code, http_status and request_id (Env: OS_ERROR_FORMAT)",
    metavar: "{text,json}",
    choices: ["text", "json"],
  }),
  debug: flag.boolean({
    help: "Show each request and response (secrets redacted) and tracebacks on errors.",
  }),
  osCloud: flag.string({
    help: "Cloud to use, from clouds.yaml (Env: OS_CLOUD)",
    metavar: "<cloud-config-name>",
  }),
  osRegionName: flag.string({
    help: "Region to use (Env: OS_REGION_NAME)",
    metavar: "<auth-region-name>",
  }),
  osCacert: flag.string({
    help: "CA bundle to check the server certificate with (Env: OS_CACERT)",
    metavar: "<ca-bundle-file>",
  }),
  osCert: flag.string({
    help: "Client certificate file for TLS (Env: OS_CERT)",
    metavar: "<certificate-file>",
  }),
  osKey: flag.string({
    help: "Key of the client certificate (Env: OS_KEY)",
    metavar: "<key-file>",
  }),
  verify: flag.boolean({
    help: "Check the server's TLS certificate (the default)",
    dest: "insecure",
    value: false,
  }),
  insecure: flag.boolean({ help: "Do not check the server's TLS certificate" }),
  osDefaultDomain: flag.string({
    help: "Domain ID used when none is given (default: default) (Env: OS_DEFAULT_DOMAIN)",
    metavar: "<auth-domain>",
  }),
  osInterface: flag.string({
    help: "Endpoint interface: public (default), internal or admin (Env: OS_INTERFACE)",
    metavar: "<interface>",
  }),
  timing: flag.boolean({ help: "Print how long each API call took" }),
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
  batch: flag.string({
    help:
      "Run the commands in <file> (- for stdin), one per line, with one session; stop at the first that fails",
    metavar: "<file>",
  }),
  osComputeApiVersion: flag.string({
    help: "Compute API version (default: negotiated) (Env: OS_COMPUTE_API_VERSION)",
    metavar: "<compute-api-version>",
  }),
  osIdentityApiVersion: flag.string({
    help: "Identity API version (default: 3) (Env: OS_IDENTITY_API_VERSION)",
    metavar: "<identity-api-version>",
  }),
  osImageApiVersion: flag.string({
    help: "Image API version (default: 2) (Env: OS_IMAGE_API_VERSION)",
    metavar: "<image-api-version>",
  }),
  osNetworkApiVersion: flag.string({
    help: "Network API version (default: 2.0) (Env: OS_NETWORK_API_VERSION)",
    metavar: "<network-api-version>",
  }),
  osObjectApiVersion: flag.string({
    help: "Object API version (default: 1) (Env: OS_OBJECT_API_VERSION)",
    metavar: "<object-api-version>",
  }),
  osVolumeApiVersion: flag.string({
    help: "Volume API version (default: 3) (Env: OS_VOLUME_API_VERSION)",
    metavar: "<volume-api-version>",
  }),
  osAuthType: flag.string({
    help:
      "Auth method: v3password (password), v3token (token) or v3applicationcredential; by default picked from the credentials given (Env: OS_AUTH_TYPE)",
    metavar: "<auth-type>",
  }),
  osAuthUrl: auth("auth-url", "Identity service URL", "OS_AUTH_URL"),
  osSystemScope: auth("system-scope", "System scope to request, e.g. all", "OS_SYSTEM_SCOPE"),
  osDomainId: auth("domain-id", "Domain to scope the token to (ID)", "OS_DOMAIN_ID"),
  osDomainName: auth("domain-name", "Domain to scope the token to (name)", "OS_DOMAIN_NAME"),
  osProjectId: {
    ...auth("project-id", "Project to scope the token to (ID)", "OS_PROJECT_ID"),
    aliases: ["os-tenant-id"],
  },
  osProjectName: {
    ...auth("project-name", "Project to scope the token to (name)", "OS_PROJECT_NAME"),
    aliases: ["os-tenant-name"],
  },
  osProjectDomainId: auth(
    "project-domain-id",
    "Domain of the project (ID)",
    "OS_PROJECT_DOMAIN_ID",
  ),
  osProjectDomainName: auth(
    "project-domain-name",
    "Domain of the project (name)",
    "OS_PROJECT_DOMAIN_NAME",
  ),
  osTrustId: auth("trust-id", "Trust to act under, as its trustee (ID)", "OS_TRUST_ID"),
  osUserId: auth("user-id", "User to log in as (ID)", "OS_USER_ID"),
  osUsername: auth("username", "User to log in as (name)", "OS_USERNAME"),
  osUserDomainId: auth("user-domain-id", "Domain of the user (ID)", "OS_USER_DOMAIN_ID"),
  osUserDomainName: auth("user-domain-name", "Domain of the user (name)", "OS_USER_DOMAIN_NAME"),
  osApplicationCredentialSecret: auth(
    "application-credential-secret",
    "Secret of the application credential",
    "OS_APPLICATION_CREDENTIAL_SECRET",
  ),
  osApplicationCredentialId: auth(
    "application-credential-id",
    "Application credential to log in with (ID)",
    "OS_APPLICATION_CREDENTIAL_ID",
  ),
  osApplicationCredentialName: auth(
    "application-credential-name",
    "Application credential to log in with (name)",
    "OS_APPLICATION_CREDENTIAL_NAME",
  ),
  osEndpoint: auth("endpoint", "Endpoint to use instead of the catalog's", "OS_ENDPOINT"),
  osPassword: auth("password", "Password of the user", "OS_PASSWORD"),
  osToken: auth("token", "Existing token to use instead of a password", "OS_TOKEN"),
  osDefaultDomainId: auth(
    "default-domain-id",
    "Domain of both user and project when not given (ID)",
    "OS_DEFAULT_DOMAIN_ID",
  ),
  osDefaultDomainName: auth(
    "default-domain-name",
    "Domain of both user and project when not given (name)",
    "OS_DEFAULT_DOMAIN_NAME",
  ),
} as const satisfies Record<string, FlagSpec>;

export type GlobalFlagName = keyof typeof globalFlagSpecs;

export const globalFlags: readonly FlagMeta[] = toMeta(globalFlagSpecs);

/** Parsed global options: only those given on the command line are present. */
export type GlobalOptions = Partial<Record<GlobalFlagName, string | boolean | number>>;
