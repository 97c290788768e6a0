import assert from "node:assert/strict";
import { ConfigError } from "../../../src/config/errors.ts";
import { CWD, rejection, resolve } from "./helpers.ts";

const at = (text: string) => ({ [`${CWD}/clouds.yaml`]: text });

async function configError(p: Promise<unknown>): Promise<string> {
  const e = await rejection(p);
  assert.ok(e instanceof ConfigError, `expected ConfigError, got ${e.name}: ${e.message}`);
  assert.ok(!e.message.includes("\n"), "message must be one line");
  return e.message;
}

Deno.test("unknown cloud: python's message plus the known clouds", async () => {
  // python: openstack --os-cloud b configuration show → "Cloud b was not found."
  const msg = await configError(
    resolve({ osCloud: "nope" }, at("clouds: {a: {}, b: {}}"), { OS_AUTH_URL: "http://x" }),
  );
  assert.equal(msg, "Cloud nope was not found. Known clouds: a, b, envvars");
});

Deno.test("unknown cloud without any clouds.yaml says so", async () => {
  const msg = await configError(resolve({ osCloud: "nope" }));
  assert.equal(
    msg,
    "Cloud nope was not found. No clouds.yaml, clouds.yml or clouds.json was found.",
  );
});

Deno.test("unknown cloud with an empty clouds.yaml", async () => {
  const msg = await configError(resolve({ osCloud: "nope" }, at("")));
  assert.equal(msg, "Cloud nope was not found. No clouds are defined.");
});

Deno.test("malformed YAML: file and line, never the secret on that line", async () => {
  // python (yaml.safe_load) reports the same spot: 'expected <block end>, but found
  // '<block mapping start>' in "clouds.yaml", line 5, column 6'
  const msg = await configError(
    resolve(
      { osCloud: "a" },
      at("clouds:\n  a:\n    auth:\n      password: hunter2\n     username: x\n"),
    ),
  );
  assert.match(msg, new RegExp(`^Cannot parse ${CWD}/clouds\\.yaml: .*\\(line 5, column 6\\)$`));
  assert.ok(!msg.includes("hunter2"));
});

Deno.test("malformed YAML: a bad line in the middle", async () => {
  const msg = await configError(
    resolve({ osCloud: "a" }, at("clouds:\n  a:\n    auth: {auth_url: x\n  b: {}\n")),
  );
  assert.match(msg, /clouds\.yaml: .*\(line \d+, column \d+\)$/);
  assert.match(msg, /line [34]/);
});

Deno.test("malformed JSON: file and line, no quoted text", async () => {
  const msg = await configError(resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.json`]:
      '{\n  "clouds": {\n    "a": {"auth": {"password": "s3cret",}}\n  }\n}\n',
  }));
  assert.match(msg, new RegExp(`^Cannot parse ${CWD}/clouds\\.json: invalid JSON.*line 3`));
  assert.ok(!msg.includes("s3cret"));
});

Deno.test("wrong types name the file and the key", async () => {
  const cases: [string, string][] = [
    [
      "- a\n- b\n",
      `${CWD}/clouds.yaml: the file must hold a mapping with a "clouds" key, not a list`,
    ],
    [
      "clouds: [a, b]\n",
      `${CWD}/clouds.yaml: clouds must be a mapping of cloud names to settings, not a list`,
    ],
    ["clouds: {a: oops}\n", `${CWD}/clouds.yaml: clouds.a must be a mapping, not a string`],
    [
      "clouds: {a: {auth: [x]}}\n",
      `${CWD}/clouds.yaml: clouds.a.auth must be a mapping, not a list`,
    ],
    [
      "clouds: {a: {auth: {username: [x, y]}}}\n",
      `${CWD}/clouds.yaml: clouds.a.auth.username must be a string, not a list`,
    ],
    [
      "clouds: {a: {auth: {password: yes}}}\n",
      `${CWD}/clouds.yaml: clouds.a.auth.password must be a string, not a boolean`,
    ],
    [
      "clouds: {a: {region_name: {x: 1}}}\n",
      `${CWD}/clouds.yaml: clouds.a.region_name must be a string or a list of strings, not a mapping`,
    ],
    [
      "clouds: {a: {verify: [1]}}\n",
      `${CWD}/clouds.yaml: clouds.a.verify must be true or false, not a list`,
    ],
    [
      "clouds: {a: {cacert: {}}}\n",
      `${CWD}/clouds.yaml: clouds.a.cacert must be a string, not a mapping`,
    ],
    [
      "clouds: {a: {compute_endpoint_override: [x]}}\n",
      `${CWD}/clouds.yaml: clouds.a.compute_endpoint_override must be a string, not a list`,
    ],
    [
      "clouds: {a: {regions: [{name: r, bad: 1}]}}\n",
      `${CWD}/clouds.yaml: clouds.a.regions[0] must be a region name or a mapping with "name" and optional "values"`,
    ],
  ];
  for (const [yaml, expected] of cases) {
    assert.equal(await configError(resolve({ osCloud: "a" }, at(yaml))), expected, yaml);
  }
});

Deno.test("wrong types in secure.yaml name secure.yaml", async () => {
  const msg = await configError(resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]: "clouds: {a: {auth: {auth_url: http://a}}}",
    [`${CWD}/secure.yaml`]: "clouds: {a: {auth: {password: [p]}}}",
  }));
  assert.equal(msg, `${CWD}/secure.yaml: clouds.a.auth.password must be a string, not a list`);
});

Deno.test("a broken cloud that is not selected does not matter", async () => {
  const r = await resolve({ osCloud: "a" }, at("clouds: {a: {auth: {auth_url: http://a}}, b: 7}"));
  assert.equal(r.auth.auth_url, "http://a");
});

Deno.test("timeouts must be positive numbers", async () => {
  const f = at("clouds: {a: {api_timeout: soon}}");
  assert.equal(
    await configError(resolve({ osCloud: "a" }, f)),
    `Invalid timeout "soon" from ${CWD}/clouds.yaml: clouds.a.api_timeout: expected a positive number of seconds`,
  );
  assert.equal(
    await configError(resolve({ osTimeout: "abc" })),
    'Invalid timeout "abc" from --os-timeout: expected a positive number of seconds',
  );
  assert.equal(
    await configError(resolve({}, {}, { OS_TIMEOUT: "-1" })),
    'Invalid timeout "-1" from OS_TIMEOUT: expected a positive number of seconds',
  );
  assert.equal((await resolve({ osTimeout: "2.5" })).apiTimeout, 2.5);
});

Deno.test("a service timeout key overrides api_timeout, as python's _fix_backwards_api_timeout", async () => {
  const r = await resolve(
    { osCloud: "a" },
    at("clouds: {a: {compute_timeout: 9, api_timeout: 30}}"),
  );
  assert.equal(r.apiTimeout, 9);
});
