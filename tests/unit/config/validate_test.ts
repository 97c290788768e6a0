import assert from "node:assert/strict";
import { ConfigError } from "../../../src/config/errors.ts";
import type { ResolvedCloud } from "../../../src/config/types.ts";
import {
  needsPassword,
  NO_PASSWORD_MESSAGE,
  SUPPORTED_AUTH_TYPES,
  validateAuth,
} from "../../../src/config/validate.ts";
import { resolve } from "./helpers.ts";

// Python facts from python_oracle/osc_resolve.py (get_one(validate=True): OSC_Config._validate_auth
// then keystoneauth load_from_options) and python_oracle/osc_check.py (the same, then
// osc_lib.api.auth.check_valid_authentication_options as ClientManager.setup_auth runs it),
// with the OS_* variables given in each test. Python joins several messages with newlines;
// here they are joined with "; " to keep one line.

function cloud(authType: string, auth: Record<string, string>): ResolvedCloud {
  return {
    authType,
    auth,
    interface: "public",
    verify: true,
    endpointOverrides: {},
    apiVersions: {},
    files: [],
  };
}

function failure(c: ResolvedCloud, opts?: { allowMissingPassword?: boolean }): string {
  try {
    validateAuth(c, opts);
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    assert.ok(!e.message.includes("\n"));
    return e.message;
  }
  throw new Error("expected validateAuth to fail");
}

Deno.test("nothing configured: missing auth-url for the password plugin", async () => {
  // python: `openstack server list` with no config → "Missing value auth-url required for auth
  // plugin password"
  assert.equal(
    failure(await resolve({})),
    "Missing value auth-url required for auth plugin password",
  );
});

Deno.test("missing auth-url names the plugin in use", () => {
  // python (OS_AUTH_TYPE=v3password): "Missing value auth-url required for auth plugin v3password"
  assert.equal(
    failure(cloud("v3password", { username: "u" })),
    "Missing value auth-url required for auth plugin v3password",
  );
});

Deno.test("application credential: auth-url and secret both missing", () => {
  // python (OS_AUTH_TYPE=v3applicationcredential): "Missing value auth-url required for auth
  // plugin v3applicationcredential\nMissing value application_credential_secret required for
  // auth plugin v3applicationcredential"
  assert.equal(
    failure(cloud("v3applicationcredential", {})),
    "Missing value auth-url required for auth plugin v3applicationcredential; Missing value application_credential_secret required for auth plugin v3applicationcredential",
  );
});

Deno.test("application credential needs an id, or a name and a user", () => {
  // python (secret but neither id nor name): "You must provide either an application credential
  // ID or an application credential name and user." Python does not check the user part; this
  // client does.
  const msg =
    "You must provide either an application credential ID or an application credential name and user.";
  const base = { auth_url: "http://k/v3", application_credential_secret: "s" };
  assert.equal(failure(cloud("v3applicationcredential", base)), msg);
  assert.equal(
    failure(cloud("v3applicationcredential", { ...base, application_credential_name: "n" })),
    msg,
  );
  validateAuth(cloud("v3applicationcredential", { ...base, application_credential_id: "i" }));
  validateAuth(
    cloud("v3applicationcredential", { ...base, application_credential_name: "n", user_id: "u" }),
  );
});

Deno.test("v3 plugins want a domain with a username or project name", () => {
  // python (OS_AUTH_TYPE=v3password, OS_USERNAME without domain): "You have provided a username.
  // In the V3 identity API a username is only unique within a domain so you must also provide
  // either a user_domain_id or user_domain_name."; with OS_USER_DOMAIN_ID=d and OS_PROJECT_NAME:
  // the same about project_name / project_domain_id
  const a = { auth_url: "http://k/v3", username: "u", password: "p" };
  assert.match(
    failure(cloud("v3password", a)),
    /^You have provided a username\. .* user_domain_name\.$/,
  );
  assert.match(
    failure(cloud("v3password", { ...a, user_domain_id: "d", project_name: "x" })),
    /^You have provided a project_name\. .* project_domain_name\.$/,
  );
  validateAuth(
    cloud("v3password", { ...a, user_domain_id: "d", project_name: "x", project_domain_name: "D" }),
  );
  // The generic password plugin does its own domain defaulting: no such check.
  validateAuth(cloud("password", { ...a, project_name: "x" }));
});

Deno.test("password plugin without a user: osc_lib's message", async () => {
  // python osc_check.py (OS_AUTH_URL only): CommandError "Missing parameter(s): \nSet a username
  // with --os-username, OS_USERNAME, or auth.username or set a user-id with --os-user-id,
  // OS_USER_ID, or auth.user_id"
  assert.equal(
    failure(await resolve({}, {}, { OS_AUTH_URL: "http://k/v3" })),
    "Missing parameter(s): Set a username with --os-username, OS_USERNAME, or auth.username or set a user-id with --os-user-id, OS_USER_ID, or auth.user_id",
  );
});

Deno.test("token plugin without a token: osc_lib's message", async () => {
  // python osc_check.py (OS_AUTH_TYPE=token OS_PROJECT_ID=x): "Missing parameter(s): \nSet a
  // token with --os-token, OS_TOKEN or auth.token"
  assert.equal(
    failure(
      await resolve({ osAuthType: "token", osProjectId: "x" }, {}, { OS_AUTH_URL: "http://k" }),
    ),
    "Missing parameter(s): Set a token with --os-token, OS_TOKEN or auth.token",
  );
});

Deno.test("admin_token needs an endpoint and a token", () => {
  // python crashes here (TypeError: missing 'endpoint' and 'token'); the messages are this
  // client's, in osc_lib's style
  assert.equal(
    failure(cloud("admin_token", {})),
    "Missing parameter(s): Set a cloud-name with --os-cloud or OS_CLOUD",
  );
  assert.equal(
    failure(cloud("admin_token", { token: "t" })),
    "Missing parameter(s): Set an endpoint with --os-endpoint, OS_ENDPOINT or auth.endpoint",
  );
  validateAuth(cloud("admin_token", { token: "t", endpoint: "http://e" }));
});

Deno.test("unknown and unsupported auth types", () => {
  // python (OS_AUTH_TYPE=foo): NoMatchingPlugin "The plugin foo could not be found"
  assert.equal(
    failure(cloud("foo", {})),
    `The plugin foo could not be found. Supported auth types: ${SUPPORTED_AUTH_TYPES.join(", ")}`,
  );
  assert.match(failure(cloud("v3oidcpassword", {})), /^Auth type v3oidcpassword is not supported/);
});

Deno.test("no password: python's message, unless the caller will prompt", () => {
  // python (osc_lib.shell.prompt_for_password without a terminal): "No password entered, or
  // found via --os-password or OS_PASSWORD"
  const c = cloud("password", { auth_url: "http://k", username: "u" });
  assert.equal(needsPassword(c), true);
  assert.equal(failure(c), NO_PASSWORD_MESSAGE);
  validateAuth(c, { allowMissingPassword: true });
  assert.equal(needsPassword(cloud("token", { auth_url: "http://k", token: "t" })), false);
});

Deno.test("a vendor profile that was not expanded is mentioned with a missing auth-url", () => {
  const c = { ...cloud("password", { username: "u" }), profile: "vexxhost" };
  assert.equal(
    failure(c),
    "Missing value auth-url required for auth plugin password (vendor profile vexxhost is not bundled with this client: set auth_url)",
  );
});

Deno.test("complete configurations pass", async () => {
  const r = await resolve({}, {}, {
    OS_AUTH_URL: "http://k/v3",
    OS_USERNAME: "u",
    OS_PASSWORD: "p",
    OS_PROJECT_NAME: "x",
    OS_IDENTITY_API_VERSION: "3",
  });
  validateAuth(r);
  assert.equal(r.auth.user_domain_id, "default");
  const t = await resolve({}, {}, { OS_AUTH_URL: "http://k/v3", OS_TOKEN: "t" });
  validateAuth(t);
  assert.equal(t.authType, "token");
  validateAuth(cloud("none", {}));
});

Deno.test("auth_url is accepted with or without /v3 and kept as given", async () => {
  for (const url of ["http://k:5000", "http://k:5000/v3", "http://k/identity/v3/"]) {
    const r = await resolve({}, {}, { OS_AUTH_URL: url, OS_USERNAME: "u", OS_PASSWORD: "p" });
    validateAuth(r);
    assert.equal(r.auth.auth_url, url);
  }
});
