import assert from "node:assert/strict";
import { CWD, resolve } from "./helpers.ts";

Deno.test("default auth type is password", async () => {
  // python: `openstack configuration show` with nothing configured → auth_type "password"
  assert.equal((await resolve({})).authType, "password");
  assert.equal((await resolve({}, {}, { OS_USERNAME: "u", OS_TOKEN: "t" })).authType, "password");
});

Deno.test("a token without a user selects the token plugin", async () => {
  // python picks "password" here (osc's override_defaults) and then fails with "TypeError:
  // BaseGenericPlugin.__init__() got an unexpected keyword argument 'token'"; the intent of
  // OSC_Config._auth_select_default_plugin is "token", which this client does.
  assert.equal(
    (await resolve({}, {}, { OS_TOKEN: "t", OS_AUTH_URL: "http://k" })).authType,
    "token",
  );
});

Deno.test("--os-endpoint with --os-token selects admin_token", async () => {
  // python (OS_AUTH_URL, OS_TOKEN, OS_ENDPOINT=http://e): auth_type admin_token, auth
  // {endpoint, token}
  const r = await resolve({ osEndpoint: "http://e" }, {}, { OS_TOKEN: "t" });
  assert.equal(r.authType, "admin_token");
  assert.equal(r.auth.endpoint, "http://e");
});

Deno.test("application credential values alone select v3applicationcredential", async () => {
  const r = await resolve({}, {}, {
    OS_APPLICATION_CREDENTIAL_ID: "id",
    OS_APPLICATION_CREDENTIAL_SECRET: "s",
  });
  assert.equal(r.authType, "v3applicationcredential");
});

Deno.test("auth_type: file beats default, OS_AUTH_TYPE beats file, flag beats variable", async () => {
  const f = { [`${CWD}/clouds.yaml`]: "clouds: {a: {auth_type: v3applicationcredential}}" };
  assert.equal((await resolve({ osCloud: "a" }, f)).authType, "v3applicationcredential");
  assert.equal(
    (await resolve({ osCloud: "a" }, f, { OS_AUTH_TYPE: "v3token" })).authType,
    "v3token",
  );
  assert.equal(
    (await resolve({ osCloud: "a", osAuthType: "v3password" }, f, { OS_AUTH_TYPE: "v3token" }))
      .authType,
    "v3password",
  );
});

Deno.test("python's auth_type aliases: token_endpoint, None, empty", async () => {
  // python (osc_resolve.py --os-cloud te|nn|em|nu): auth_type token_endpoint → admin_token,
  // "None" → none (loader._get_auth_loader), '' and null → password
  // (OSC_Config._auth_select_default_plugin)
  const types = async (yaml: string) =>
    (await resolve({ osCloud: "a" }, { [`${CWD}/clouds.yaml`]: yaml })).authType;
  assert.equal(await types("clouds: {a: {auth_type: token_endpoint}}"), "admin_token");
  assert.equal(await types("clouds: {a: {auth_type: None}}"), "none");
  assert.equal(await types("clouds: {a: {auth_type: ''}}"), "password");
  assert.equal(await types("clouds: {a: {auth_type: }}"), "password");
});
