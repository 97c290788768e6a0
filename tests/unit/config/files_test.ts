import assert from "node:assert/strict";
import { CWD, fakeFs, resolve, USER_DIR } from "./helpers.ts";

// Python facts checked with a real directory tree (cwd/clouds.yml, ~/.config/openstack/clouds.yaml
// and secure.yaml, other/override.yaml) and:
//   /usr/bin/python3 -c 'import openstack.config as oc; c = oc.OpenStackConfig();
//     print(c.config_filename, sorted(c.get_cloud_names())); print(c.get_one("a", validate=False).config["auth"])'

const homeClouds = `
clouds:
  a:
    auth: {auth_url: http://home/v3, username: homeuser}
  b:
    auth: {auth_url: http://b/v3}
`;
const cwdClouds = `
clouds:
  a:
    auth: {auth_url: http://cwd-yml/v3, username: ymluser}
`;
const homeSecure = `
clouds:
  a:
    auth: {password: sec, username: secuser}
  c:
    auth: {auth_url: http://c/v3}
`;

Deno.test("the current directory's clouds.yml wins over ~/.config/openstack/clouds.yaml", async () => {
  // python: config_filename = cwd/clouds.yml, clouds ['a', 'c'] (c from secure.yaml)
  const r = await resolve({ osCloud: "a" }, {
    [`${USER_DIR}/clouds.yaml`]: homeClouds,
    [`${CWD}/clouds.yml`]: cwdClouds,
  });
  assert.equal(r.auth.auth_url, "http://cwd-yml/v3");
  assert.deepEqual(r.files, [`${CWD}/clouds.yml`]);
});

Deno.test("clouds.yaml wins over clouds.yml and clouds.json in the same directory", async () => {
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.json`]: '{"clouds": {"a": {"auth": {"auth_url": "http://json"}}}}',
    [`${CWD}/clouds.yml`]: "clouds: {a: {auth: {auth_url: http://yml}}}",
    [`${CWD}/clouds.yaml`]: "clouds: {a: {auth: {auth_url: http://yaml}}}",
  });
  assert.equal(r.auth.auth_url, "http://yaml");
});

Deno.test("clouds.json is read as JSON", async () => {
  const r = await resolve({ osCloud: "j" }, {
    [`/etc/openstack/clouds.json`]:
      '{"clouds": {"j": {"auth": {"auth_url": "http://json/v3", "project_id": 12}}}}',
  });
  assert.equal(r.auth.auth_url, "http://json/v3");
  assert.equal(r.auth.project_id, "12");
  assert.deepEqual(r.files, ["/etc/openstack/clouds.json"]);
});

Deno.test("secure.yaml is merged into clouds.yaml, secure wins, even from another directory", async () => {
  // python: auth_url from cwd/clouds.yml, username 'secuser' and password from secure.yaml
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yml`]: cwdClouds,
    [`${USER_DIR}/secure.yaml`]: homeSecure,
  });
  assert.equal(r.auth.auth_url, "http://cwd-yml/v3");
  assert.equal(r.auth.username, "secuser");
  assert.equal(r.auth.password, "sec");
  assert.deepEqual(r.files, [`${CWD}/clouds.yml`, `${USER_DIR}/secure.yaml`]);
});

Deno.test("a cloud defined only in secure.yaml exists", async () => {
  const r = await resolve({ osCloud: "c" }, {
    [`${CWD}/clouds.yml`]: cwdClouds,
    [`${USER_DIR}/secure.yaml`]: homeSecure,
  });
  assert.equal(r.auth.auth_url, "http://c/v3");
});

Deno.test("OS_CLIENT_CONFIG_FILE wins over the search path", async () => {
  // python: OS_CLIENT_CONFIG_FILE=other/override.yaml → auth_url http://override/v3
  const r = await resolve(
    { osCloud: "a" },
    {
      [`${CWD}/clouds.yml`]: cwdClouds,
      "/other/override.yaml": "clouds: {a: {auth: {auth_url: http://override/v3}}}",
    },
    { OS_CLIENT_CONFIG_FILE: "/other/override.yaml" },
  );
  assert.equal(r.auth.auth_url, "http://override/v3");
});

Deno.test("a missing OS_CLIENT_CONFIG_FILE falls back to the search path", async () => {
  // python: OS_CLIENT_CONFIG_FILE=other/missing.yaml → config_filename cwd/clouds.yml
  const r = await resolve({ osCloud: "a" }, { [`${CWD}/clouds.yml`]: cwdClouds }, {
    OS_CLIENT_CONFIG_FILE: "/other/missing.yaml",
  });
  assert.equal(r.auth.auth_url, "http://cwd-yml/v3");
});

Deno.test("OS_CLIENT_SECURE_FILE wins over secure.yaml in the search path", async () => {
  // python: OS_CLIENT_SECURE_FILE=other/override.yaml → username 'ouser', no password
  const r = await resolve(
    { osCloud: "a" },
    {
      [`${CWD}/clouds.yml`]: cwdClouds,
      [`${USER_DIR}/secure.yaml`]: homeSecure,
      "/s/override.yaml": "clouds: {a: {auth: {username: ouser}}}",
    },
    { OS_CLIENT_SECURE_FILE: "/s/override.yaml" },
  );
  assert.equal(r.auth.username, "ouser");
  assert.equal(r.auth.password, undefined);
});

Deno.test("an unreadable file is skipped like a missing one", async () => {
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]: { text: "", unreadable: true },
    [`${USER_DIR}/clouds.yaml`]: homeClouds,
  });
  assert.equal(r.auth.auth_url, "http://home/v3");
});

Deno.test("no cloud named: no config file is read at all", async () => {
  const fs = fakeFs({ [`${CWD}/clouds.yaml`]: homeClouds });
  const r = await resolve({}, {}, { OS_AUTH_URL: "http://env/v3" }, fs);
  assert.deepEqual(fs.reads, []);
  assert.deepEqual(r.files, []);
  assert.equal(r.auth.auth_url, "http://env/v3");
});
