import assert from "node:assert/strict";
import { CWD, resolve } from "./helpers.ts";

// Python facts from python_oracle/osc_resolve.py --novalidate (python-openstackclient's option
// parsing + OSC_Config.get_one(..., validate=False), which runs auth_config_hook →
// _auth_default_domain) with the OS_* variables given in each test.

const user = { OS_AUTH_URL: "http://k/v3", OS_USERNAME: "u", OS_PROJECT_NAME: "p" };

Deno.test("identity API 3: user and project domain ids default to 'default'", async () => {
  // python (OS_IDENTITY_API_VERSION=3): project_domain_id 'default', user_domain_id 'default'
  const r = await resolve({}, {}, { ...user, OS_IDENTITY_API_VERSION: "3" });
  assert.equal(r.auth.project_domain_id, "default");
  assert.equal(r.auth.user_domain_id, "default");
});

Deno.test("without identity API version 3 no domain is filled in", async () => {
  // python: no OS_IDENTITY_API_VERSION → no *_domain_* keys (`openstack configuration show`
  // for a plain clouds.yaml cloud shows none either)
  const r = await resolve({}, {}, user);
  assert.equal(r.auth.project_domain_id, undefined);
  assert.equal(r.auth.user_domain_id, undefined);
});

Deno.test("OS_DEFAULT_DOMAIN and --os-default-domain choose the default", async () => {
  // python: OS_DEFAULT_DOMAIN=dom → 'dom'; with --os-default-domain flagdom → 'flagdom'
  const env = { ...user, OS_IDENTITY_API_VERSION: "3", OS_DEFAULT_DOMAIN: "dom" };
  const fromEnv = await resolve({}, {}, env);
  assert.equal(fromEnv.auth.project_domain_id, "dom");
  assert.equal(fromEnv.auth.user_domain_id, "dom");
  const fromFlag = await resolve({ osDefaultDomain: "flagdom" }, {}, env);
  assert.equal(fromFlag.auth.project_domain_id, "flagdom");
  assert.equal(fromFlag.auth.user_domain_id, "flagdom");
});

Deno.test("a given user domain name is kept; only the project domain is filled", async () => {
  // python (OS_USER_DOMAIN_NAME=ud): user_domain_name 'ud', project_domain_id 'default'
  const r = await resolve({}, {}, {
    ...user,
    OS_IDENTITY_API_VERSION: "3",
    OS_USER_DOMAIN_NAME: "ud",
  });
  assert.equal(r.auth.user_domain_name, "ud");
  assert.equal(r.auth.user_domain_id, undefined);
  assert.equal(r.auth.project_domain_id, "default");
});

Deno.test("identity version from clouds.yaml counts too", async () => {
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]:
      "clouds: {a: {identity_api_version: 3, auth: {auth_url: http://k, username: u}}}",
  });
  assert.equal(r.apiVersions.identity, "3");
  assert.equal(r.auth.user_domain_id, "default");
});

Deno.test("token and application credential types get no default domain", async () => {
  // python (OS_AUTH_TYPE=v3token / v3applicationcredential, OS_IDENTITY_API_VERSION=3):
  // auth has project_name only
  for (const type of ["v3token", "v3applicationcredential"]) {
    const r = await resolve({}, {}, { ...user, OS_AUTH_TYPE: type, OS_IDENTITY_API_VERSION: "3" });
    assert.equal(r.auth.project_domain_id, undefined, type);
    assert.equal(r.auth.user_domain_id, undefined, type);
  }
});

Deno.test("domain_id with a project scope fills user and project domain", async () => {
  // python (OS_PROJECT_ID=pid OS_DOMAIN_ID=d1): project_domain_id 'd1', user_domain_id 'd1',
  // no domain_id
  const r = await resolve({}, {}, {
    OS_AUTH_URL: "http://k",
    OS_USERNAME: "u",
    OS_PROJECT_ID: "pid",
    OS_DOMAIN_ID: "d1",
  });
  assert.equal(r.auth.project_domain_id, "d1");
  assert.equal(r.auth.user_domain_id, "d1");
  assert.equal(r.auth.domain_id, undefined);
});

Deno.test("domain_name in clouds.yaml with a project fills both domain names", async () => {
  // python (clouds.yaml auth: {project_name: pr, domain_name: dn}): user_domain_name and
  // project_domain_name 'dn'
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]:
      "clouds: {a: {auth: {auth_url: http://k, username: u, project_name: pr, domain_name: dn}}}",
  });
  assert.equal(r.auth.user_domain_name, "dn");
  assert.equal(r.auth.project_domain_name, "dn");
  assert.equal(r.auth.domain_name, undefined);
});

Deno.test("domain_id without a project is a domain scope", async () => {
  // python (OS_DOMAIN_ID=d1, OS_IDENTITY_API_VERSION=3): domain_id 'd1' kept, and the
  // default domain still fills project_domain_id/user_domain_id
  const r = await resolve({}, {}, {
    OS_AUTH_URL: "http://k",
    OS_USERNAME: "u",
    OS_DOMAIN_ID: "d1",
    OS_IDENTITY_API_VERSION: "3",
  });
  assert.equal(r.auth.domain_id, "d1");
  assert.equal(r.auth.project_domain_id, "default");
  assert.equal(r.auth.user_domain_id, "default");
});

Deno.test("identity API 2 drops domain settings for password auth", async () => {
  // python (OS_IDENTITY_API_VERSION=2.0, OS_USER_DOMAIN_NAME, OS_PROJECT_DOMAIN_ID): both
  // dropped ("Ignoring domain related config ... because identity API version is 2.0")
  const r = await resolve({}, {}, {
    ...user,
    OS_IDENTITY_API_VERSION: "2.0",
    OS_USER_DOMAIN_NAME: "ud",
    OS_PROJECT_DOMAIN_ID: "x",
  });
  assert.equal(r.auth.user_domain_name, undefined);
  assert.equal(r.auth.project_domain_id, undefined);
  assert.equal(r.auth.project_name, "p");
});

Deno.test("identity_api_version 3.0 is not '3': no default domain (python's str(3.0))", async () => {
  // python (clouds.yaml identity_api_version: 3.0): auth without any *_domain_* key
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]:
      "clouds: {a: {identity_api_version: 3.0, auth: {auth_url: http://k, username: u}}}",
  });
  assert.equal(r.apiVersions.identity, "3.0");
  assert.equal(r.auth.user_domain_id, undefined);
});
