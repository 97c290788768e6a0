import assert from "node:assert/strict";
import { CWD, rejection, resolve } from "./helpers.ts";

// Python facts from python_oracle/osc_resolve.py (python-openstackclient's own option parsing and
// OSC_Config.get_one(cloud=options.cloud, argparse=options)) and from the real CLI:
//   openstack configuration show -f json

const oneCloud = {
  [`${CWD}/clouds.yaml`]: "clouds: {a: {auth: {auth_url: http://a/v3, username: au}}}",
};

Deno.test("no cloud named: a lone clouds.yaml cloud is not used", async () => {
  // `openstack configuration show` with only cloud 'a' in ./clouds.yaml and no OS_* variables
  // shows no auth values, and `openstack server list` says "Missing value auth-url required for
  // auth plugin password": osc passes cloud='' (utils.env default), so loader.py's
  // single-cloud default never applies.
  const r = await resolve({}, oneCloud);
  assert.equal(r.cloudName, undefined);
  assert.deepEqual(r.auth, {});
  assert.equal(r.authType, "password");
});

Deno.test("no cloud named: OS_* variables alone make the configuration", async () => {
  // python: OS_AUTH_URL/OS_USERNAME/OS_PASSWORD → name '', auth from the variables
  const r = await resolve({}, oneCloud, {
    OS_AUTH_URL: "http://e/v3",
    OS_USERNAME: "eu",
    OS_PASSWORD: "p",
    OS_REGION_NAME: "R9",
  });
  assert.equal(r.cloudName, undefined);
  assert.deepEqual(r.auth, { auth_url: "http://e/v3", username: "eu", password: "p" });
  assert.equal(r.regionName, "R9");
});

Deno.test("no cloud named: variables osc has no option for are ignored", async () => {
  // python (same, plus OS_COMPUTE_ENDPOINT_OVERRIDE=http://ce OS_INSECURE=true): no endpoint
  // override, verify_args (True, None)
  const r = await resolve({}, {}, {
    OS_AUTH_URL: "http://e/v3",
    OS_COMPUTE_ENDPOINT_OVERRIDE: "http://ce",
    OS_INSECURE: "true",
  });
  assert.deepEqual(r.endpointOverrides, {});
  assert.equal(r.verify, true);
});

Deno.test("OS_CLOUD=envvars selects the cloud built from every OS_* variable", async () => {
  // python (OS_CLOUD=envvars + the variables above): name 'envvars', compute_endpoint_override
  // http://ce, insecure True → verify_args (False, None)
  const r = await resolve({}, oneCloud, {
    OS_CLOUD: "envvars",
    OS_AUTH_URL: "http://e/v3",
    OS_USERNAME: "eu",
    OS_COMPUTE_ENDPOINT_OVERRIDE: "http://ce",
    OS_INSECURE: "true",
  });
  assert.equal(r.cloudName, "envvars");
  assert.equal(r.auth.auth_url, "http://e/v3");
  assert.equal(r.auth.username, "eu");
  assert.deepEqual(r.endpointOverrides, { compute: "http://ce" });
  assert.equal(r.verify, false);
});

Deno.test("OS_CLOUD_NAME renames the environment cloud", async () => {
  const r = await resolve({ osCloud: "mine" }, {}, {
    OS_CLOUD_NAME: "mine",
    OS_AUTH_URL: "http://e/v3",
  });
  assert.equal(r.cloudName, "mine");
  assert.equal(r.auth.auth_url, "http://e/v3");
});

Deno.test("selector variables alone make no envvars cloud", async () => {
  // python: OS_CLOUD=envvars OS_REGION_NAME=x → "Cloud envvars was not found."
  const e = await rejection(resolve({}, {}, { OS_CLOUD: "envvars", OS_REGION_NAME: "x" }));
  assert.match(e.message, /^Cloud envvars was not found\./);
});

Deno.test("a file cloud named envvars is an error", async () => {
  // python: OSC_Config() raises '"<file>" defines a cloud named "envvars", but OS_CLOUD_NAME is
  // also set to "envvars". Please rename either your environment based cloud, or one of your
  // file-based clouds.'
  const e = await rejection(resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]: "clouds: {a: {}, envvars: {auth: {auth_url: http://x}}}",
  }));
  assert.equal(
    e.message,
    `"${CWD}/clouds.yaml" defines a cloud named "envvars", but OS_CLOUD_NAME is also set to "envvars". Please rename either your environment based cloud, or one of your file-based clouds.`,
  );
});

Deno.test("with a cloud named, OS_* auth variables still override its values", async () => {
  // python: OS_CLOUD=a OS_USERNAME=envu → username envu (argparse defaults come from env)
  const r = await resolve({}, oneCloud, { OS_CLOUD: "a", OS_USERNAME: "envu" });
  assert.equal(r.cloudName, "a");
  assert.equal(r.auth.auth_url, "http://a/v3");
  assert.equal(r.auth.username, "envu");
});
