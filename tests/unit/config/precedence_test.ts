import assert from "node:assert/strict";
import { CWD, rejection, resolve } from "./helpers.ts";

// Python facts from python_oracle/osc_resolve.py, a script that runs python-openstackclient's own
// steps (OpenStackShell.build_option_parser → parse_known_args → _final_defaults →
// OSC_Config(...).get_one(cloud=options.cloud, argparse=options, validate=True)) and prints the
// resulting config, with this clouds.yaml:
const clouds = `
clouds:
  a:
    auth:
      auth_url: http://file/v3
      username: fileuser
      password: p
      project_name: fileproj
    interface: internal
    cacert: /file/ca.pem
    compute_api_version: "2.1"
    api_timeout: 30
    region_name: RegionOne
`;
const files = { [`${CWD}/clouds.yaml`]: clouds };

Deno.test("file values are used when neither flag nor variable is given", async () => {
  // python: auth_url http://file/v3, username fileuser, interface internal,
  // cacert /file/ca.pem, compute_api_version 2.1, region RegionOne
  const r = await resolve({ osCloud: "a" }, files);
  assert.equal(r.cloudName, "a");
  assert.equal(r.auth.auth_url, "http://file/v3");
  assert.equal(r.auth.username, "fileuser");
  assert.equal(r.auth.project_name, "fileproj");
  assert.equal(r.interface, "internal");
  assert.equal(r.cacert, "/file/ca.pem");
  assert.equal(r.apiVersions.compute, "2.1");
  assert.equal(r.apiTimeout, 30);
  assert.equal(r.regionName, "RegionOne");
  assert.equal(r.verify, true);
});

Deno.test("OS_* variables beat the file", async () => {
  // python (OS_USERNAME=envu OS_INTERFACE=admin OS_CACERT=/env/ca.pem
  // OS_COMPUTE_API_VERSION=2.50 OS_AUTH_URL=http://env/v3): all five env values win
  const r = await resolve({ osCloud: "a" }, files, {
    OS_USERNAME: "envu",
    OS_INTERFACE: "admin",
    OS_CACERT: "/env/ca.pem",
    OS_COMPUTE_API_VERSION: "2.50",
    OS_AUTH_URL: "http://env/v3",
    OS_TIMEOUT: "12.5",
  });
  assert.equal(r.auth.username, "envu");
  assert.equal(r.interface, "admin");
  assert.equal(r.cacert, "/env/ca.pem");
  assert.equal(r.apiVersions.compute, "2.50");
  assert.equal(r.auth.auth_url, "http://env/v3");
  assert.equal(r.apiTimeout, 12.5);
});

Deno.test("flags beat OS_* variables and the file", async () => {
  // python (same env plus --os-username flagu --os-interface public --os-cacert /flag/ca.pem
  // --os-compute-api-version 2.90): the flag values win
  const r = await resolve(
    {
      osCloud: "a",
      osUsername: "flagu",
      osInterface: "public",
      osCacert: "/flag/ca.pem",
      osComputeApiVersion: "2.90",
      osTimeout: "7",
    },
    files,
    {
      OS_USERNAME: "envu",
      OS_INTERFACE: "admin",
      OS_CACERT: "/env/ca.pem",
      OS_COMPUTE_API_VERSION: "2.50",
      OS_TIMEOUT: "12.5",
    },
  );
  assert.equal(r.auth.username, "flagu");
  assert.equal(r.interface, "public");
  assert.equal(r.cacert, "/flag/ca.pem");
  assert.equal(r.apiVersions.compute, "2.90");
  assert.equal(r.apiTimeout, 7);
});

Deno.test("--os-project-name and OS_PROJECT_NAME beat the file (python differs)", async () => {
  // python keeps auth.project_name 'fileproj' here: loader._fix_backwards_project lets the
  // clouds.yaml auth section beat arguments for project/domain keys. Deliberately not
  // reproduced: a flag or variable wins for every value.
  const env = await resolve({ osCloud: "a" }, files, { OS_PROJECT_NAME: "envproj" });
  assert.equal(env.auth.project_name, "envproj");
  const flag = await resolve({ osCloud: "a", osProjectName: "flagproj" }, files, {
    OS_PROJECT_NAME: "envproj",
  });
  assert.equal(flag.auth.project_name, "flagproj");
});

Deno.test("OS_TENANT_NAME / OS_TENANT_ID stand in for OS_PROJECT_NAME / OS_PROJECT_ID", async () => {
  const r = await resolve({}, {}, { OS_TENANT_NAME: "t", OS_TENANT_ID: "tid" });
  assert.equal(r.auth.project_name, "t");
  assert.equal(r.auth.project_id, "tid");
  const both = await resolve({}, {}, { OS_TENANT_NAME: "t", OS_PROJECT_NAME: "p" });
  assert.equal(both.auth.project_name, "p");
});

Deno.test("--os-cloud beats OS_CLOUD", async () => {
  const two = `${clouds}\n  b:\n    auth: {auth_url: http://b/v3}\n`;
  const r = await resolve({ osCloud: "b" }, { [`${CWD}/clouds.yaml`]: two }, { OS_CLOUD: "a" });
  assert.equal(r.cloudName, "b");
  assert.equal(r.auth.auth_url, "http://b/v3");
});

Deno.test("an empty flag or variable counts as unset (argparse default / utils.env)", async () => {
  const r = await resolve({ osCloud: "a", osUsername: "" }, files, { OS_INTERFACE: "" });
  assert.equal(r.auth.username, "fileuser");
  assert.equal(r.interface, "internal");
});

Deno.test("an empty --os-cloud hides OS_CLOUD", async () => {
  const r = await resolve({ osCloud: "" }, files, { OS_CLOUD: "a" });
  assert.equal(r.cloudName, undefined);
  assert.equal(r.auth.auth_url, undefined);
});

Deno.test("OS_REGION_NAME must be one of the cloud's regions", async () => {
  // python: OS_REGION_NAME=RegionTwo → ConfigException "Region RegionTwo is not a valid region
  // name for cloud a. Valid choices are RegionOne. Please note that region names are case
  // sensitive."
  const e = await rejection(resolve({ osCloud: "a" }, files, { OS_REGION_NAME: "RegionTwo" }));
  assert.equal(
    e.message,
    "Region RegionTwo is not a valid region name for cloud a. Valid choices are RegionOne. Please note that region names are case sensitive.",
  );
});

Deno.test("a top-level auth key in a cloud beats its auth section; aliases are honoured", async () => {
  // python (osc_resolve.py --os-cloud x): username 'top', project_name 'legacy', auth_url
  // http://x/v3, interface 'admin', and auth_type 'password': the default auth_type beats the
  // old auth_plugin key in loader._fix_backwards_auth_plugin.
  const r = await resolve({ osCloud: "x" }, {
    [`${CWD}/clouds.yaml`]: `
clouds:
  x:
    username: top
    tenant-name: legacy
    auth_plugin: v3password
    endpoint_type: admin
    auth:
      username: nested
      auth-url: http://x/v3
      user-domain-name: Default
`,
  });
  assert.equal(r.auth.username, "top");
  assert.equal(r.auth.project_name, "legacy");
  assert.equal(r.auth.auth_url, "http://x/v3");
  assert.equal(r.auth.user_domain_name, "Default");
  assert.equal(r.authType, "password");
  assert.equal(r.interface, "admin");
});

Deno.test("--insecure and --verify beat the file; cacert/cert/key expand ~", async () => {
  // python (osc_resolve.py --os-cloud a [--verify], HOME=/home/u): verify_args (False,
  // ('/home/u/c.pem', '/k.pem')) without --verify, ('/home/u/ca.pem', ...) with it.
  const f = {
    [`${CWD}/clouds.yaml`]:
      "clouds: {a: {auth: {auth_url: http://a}, verify: false, cacert: ~/ca.pem, cert: ~/c.pem, key: /k.pem}}",
  };
  const plain = await resolve({ osCloud: "a" }, f);
  assert.equal(plain.verify, false);
  assert.equal(plain.cacert, "/home/u/ca.pem");
  assert.equal(plain.cert, "/home/u/c.pem");
  assert.equal(plain.key, "/k.pem");
  assert.equal((await resolve({ osCloud: "a", insecure: false }, f)).verify, true);
  const insecure = await resolve({ osCloud: "a", insecure: true, osKey: "/flag.key" }, {
    [`${CWD}/clouds.yaml`]: "clouds: {a: {auth: {auth_url: http://a}}}",
  });
  assert.equal(insecure.verify, false);
  assert.equal(insecure.key, "/flag.key");
});
