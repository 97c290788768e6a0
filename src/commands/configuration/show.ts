/**
 * The configuration the command line, OS_* variables and clouds.yaml resolve to, with no request
 * (common.configuration): openstacksdk's defaults, the cloud's settings and osc-lib's options in
 * python's key names, then `auth.<option>` for each auth option, the auth plugin's secret options
 * shown as <redacted> unless --unmask. python's additional_user_agent (osc-lib's own version) is
 * left out: it names a python library, not a setting.
 */
import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { resolveCloud } from "../../config/load.ts";
import { verboseLevel } from "../../cli/verbosity.ts";
import type { Cell } from "../../output/types.ts";

export const REDACTED = "<redacted>";

/** keystoneauth's secret options of each plugin (`Opt(secret=True)`); others: password, token. */
const SECRET_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  password: ["password"],
  v3password: ["password"],
  v2password: ["password"],
  token: ["token"],
  v3token: ["token"],
  v2token: ["token"],
  admin_token: ["token"],
  v3applicationcredential: ["application_credential_secret"],
  v3totp: ["passcode"],
  v3multifactor: [],
  v3oidcpassword: ["client_secret", "password"],
  v3oidcclientcredentials: ["client_secret"],
  v3oidcauthcode: ["client_secret"],
  v3oidcaccesstoken: ["access_token"],
  none: [],
};

/** The auth options as shown: secrets masked unless unmasked. */
export function maskedAuth(
  authType: string,
  auth: Readonly<Record<string, string>>,
  mask: boolean,
): Record<string, string> {
  const secret = SECRET_OPTIONS[authType] ?? ["password", "token"];
  return Object.fromEntries(
    Object.entries(auth).map(([k, v]) => [
      `auth.${k}`,
      mask && secret.includes(k.toLowerCase()) ? REDACTED : v,
    ]),
  );
}

/** openstacksdk's config/defaults.json as a loaded cloud holds it (retries as strings). */
const SDK_DEFAULTS: Readonly<Record<string, unknown>> = {
  baremetal_status_code_retries: "5",
  baremetal_introspection_status_code_retries: "5",
  image_status_code_retries: "5",
  disable_vendor_agent: {},
  floating_ip_source: "neutron",
  image_api_use_tasks: false,
  image_format: "qcow2",
  message: "",
  network_api_version: "2",
  object_store_api_version: "1",
  secgroup_source: "neutron",
  status: "active",
  dns_api_version: "2",
  key_manager_api_version: "1",
  networks: [],
};

export default defineCommand({
  summary: "Show the resolved configuration (no request is sent)",
  output: "show",
  flags: {
    mask: flag.boolean({ help: "Mask secrets (default)", group: "mask" }),
    unmask: flag.boolean({ help: "Show secrets in clear text", group: "mask" }),
  },
  async run({ flags: f }, ctx) {
    const g = ctx.global;
    const cloud = await resolveCloud(g, ctx);
    const info: Record<string, unknown> = {
      ...SDK_DEFAULTS,
      api_timeout: cloud.apiTimeout ?? null,
      auth_type: cloud.authType,
      beta_command: false,
      cacert: cloud.cacert ?? null,
      cert: cloud.cert ?? null,
      default_domain: (g.osDefaultDomain as string | undefined) ?? "default",
      deferred_help: false,
      interface: cloud.interface,
      key: cloud.key ?? null,
      timing: g.timing === true,
      verbose_level: verboseLevel(g),
      verify: g.insecure === true ? true : cloud.verify,
    };
    if (g.insecure === true) info.insecure = true;
    if (cloud.cloudName !== undefined) info.cloud = cloud.cloudName;
    if (cloud.regionName !== undefined) info.region_name = cloud.regionName;
    for (const [svc, v] of Object.entries(cloud.apiVersions)) {
      info[`${svc.replaceAll("-", "_")}_api_version`] = String(v);
    }
    Object.assign(info, maskedAuth(cloud.authType, cloud.auth, !f.unmask));
    const fields = Object.keys(info).sort();
    return { kind: "show", fields, values: fields.map((k) => info[k] as Cell) };
  },
});
