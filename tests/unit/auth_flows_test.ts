/**
 * Authentication methods, scopes and endpoint selection, end to end in-process:
 * run() with real fetch against the fake cloud, configured through OS_* only.
 * Each case asserts what Keystone received and which endpoint got the call.
 */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { startFakeCloud } from "../fake_cloud/server.ts";
import { ADMIN_PROJECT_ID, DEMO_USER_ID, hexId } from "../fake_cloud/datasets.ts";
import { run } from "../../src/cli/run.ts";
import { registry } from "../../src/registry.gen.ts";
import { fakeDeps } from "../helpers/fake_deps.ts";

const opts = { sanitizeResources: false, sanitizeOps: false };

async function withCloud(
  fn: (cloud: Awaited<ReturnType<typeof startFakeCloud>>) => Promise<void>,
  regions?: string[],
) {
  const cloud = await startFakeCloud({ regions });
  try {
    await fn(cloud);
  } finally {
    await cloud.close();
  }
}

async function cli(
  env: Record<string, string>,
  argv: string[] = ["server", "list", "-f", "value", "-c", "Name"],
) {
  const c = fakeDeps({ env: { OS_TOKEN_CACHE: "0", ...env }, fetch: globalThis.fetch });
  c.deps.makeFetch = () => globalThis.fetch;
  const code = await run(argv, c.deps, registry);
  return { code, out: c.stdout(), err: c.stderr() };
}

function authBodies(cloud: { requests: { method: string; path: string; body?: unknown }[] }) {
  return cloud.requests.filter((r) => r.method === "POST" && r.path.endsWith("/auth/tokens"))
    .map((r) => (typeof r.body === "string" ? JSON.parse(r.body) : r.body));
}

Deno.test(
  { name: "password auth, project scope by name and domain", ...opts },
  () =>
    withCloud(async (cloud) => {
      const r = await cli({
        OS_AUTH_URL: cloud.authUrl,
        OS_USERNAME: "admin",
        OS_PASSWORD: "admin",
        OS_PROJECT_NAME: "admin",
        OS_USER_DOMAIN_NAME: "Default",
        OS_PROJECT_DOMAIN_NAME: "Default",
      });
      strictEqual(r.code, 0, r.err);
      ok(r.out.includes("server-1"));
      // Keystone v3 API reference: identity.password.user {name, domain, password}; scope.project {name, domain}
      deepStrictEqual(authBodies(cloud)[0], {
        auth: {
          identity: {
            methods: ["password"],
            password: { user: { name: "admin", domain: { name: "Default" }, password: "admin" } },
          },
          scope: { project: { name: "admin", domain: { name: "Default" } } },
        },
      });
    }),
);

Deno.test(
  { name: "auth_url without /v3 is discovered from the version document", ...opts },
  () =>
    withCloud(async (cloud) => {
      const r = await cli({
        OS_AUTH_URL: cloud.authUrl.replace(/\/v3$/, ""),
        OS_USERNAME: "admin",
        OS_PASSWORD: "admin",
        OS_PROJECT_NAME: "admin",
        OS_USER_DOMAIN_ID: "default",
        OS_PROJECT_DOMAIN_ID: "default",
      });
      strictEqual(r.code, 0, r.err);
      const paths = cloud.requests.map((q) => `${q.method} ${q.path.split("?")[0]}`);
      ok(paths[0] === "GET /identity" || paths[0] === "GET /identity/", paths.join("\n"));
      ok(paths.includes("POST /identity/v3/auth/tokens"));
    }),
);

// System scope against a real Nova is covered by the e2e parity suite (cloud admin-system);
// the fake's Nova accepts only project-scoped tokens.
Deno.test(
  { name: "token auth with project scope by id; system scope body", ...opts },
  () =>
    withCloud(async (cloud) => {
      const token = cloud.issueToken();
      const r = await cli({
        OS_AUTH_URL: cloud.authUrl,
        OS_AUTH_TYPE: "v3token",
        OS_TOKEN: token,
        OS_PROJECT_ID: ADMIN_PROJECT_ID,
      });
      strictEqual(r.code, 0, r.err);
      deepStrictEqual(authBodies(cloud)[0], {
        auth: {
          identity: { methods: ["token"], token: { id: token } },
          scope: { project: { id: ADMIN_PROJECT_ID } },
        },
      });
      ok(!r.err.includes(token));
      await cli({
        OS_AUTH_URL: cloud.authUrl,
        OS_AUTH_TYPE: "v3token",
        OS_TOKEN: token,
        OS_SYSTEM_SCOPE: "all",
      });
      deepStrictEqual(authBodies(cloud)[1].auth.scope, { system: { all: true } });
    }),
);

Deno.test(
  { name: "application credential by id, and by name with its user", ...opts },
  () =>
    withCloud(async (cloud) => {
      const byId = await cli({
        OS_AUTH_URL: cloud.authUrl,
        OS_AUTH_TYPE: "v3applicationcredential",
        OS_APPLICATION_CREDENTIAL_ID: hexId("appcred:demo-ci"),
        OS_APPLICATION_CREDENTIAL_SECRET: "demo-ci-secret",
      });
      strictEqual(byId.code, 0, byId.err);
      ok(byId.out.includes("demo-server-1") || byId.out === "", byId.out);
      const byName = await cli({
        OS_AUTH_URL: cloud.authUrl,
        OS_AUTH_TYPE: "v3applicationcredential",
        OS_APPLICATION_CREDENTIAL_NAME: "demo-ci",
        OS_APPLICATION_CREDENTIAL_SECRET: "demo-ci-secret",
        OS_USER_ID: DEMO_USER_ID,
      });
      strictEqual(byName.code, 0, byName.err);
      const [a, b] = authBodies(cloud);
      deepStrictEqual(a.auth, {
        identity: {
          methods: ["application_credential"],
          application_credential: { id: hexId("appcred:demo-ci"), secret: "demo-ci-secret" },
        },
      });
      deepStrictEqual(b.auth.identity.application_credential, {
        name: "demo-ci",
        secret: "demo-ci-secret",
        user: { id: DEMO_USER_ID },
      });
    }),
);

Deno.test(
  { name: "wrong password: Keystone's message and request id, exit 1", ...opts },
  () =>
    withCloud(async (cloud) => {
      const r = await cli({
        OS_AUTH_URL: cloud.authUrl,
        OS_USERNAME: "admin",
        OS_PASSWORD: "nope",
        OS_PROJECT_NAME: "admin",
        OS_USER_DOMAIN_NAME: "Default",
        OS_PROJECT_DOMAIN_NAME: "Default",
      });
      strictEqual(r.code, 1);
      strictEqual(r.out, "");
      ok(
        /^The request you have made requires authentication\. \(HTTP 401\) \(Request-ID: req-[0-9a-f-]+\)\n$/
          .test(r.err),
        r.err,
      );
    }),
);

const admin = (url: string) => ({
  OS_AUTH_URL: url,
  OS_USERNAME: "admin",
  OS_PASSWORD: "admin",
  OS_PROJECT_NAME: "admin",
  OS_USER_DOMAIN_NAME: "Default",
  OS_PROJECT_DOMAIN_NAME: "Default",
});

Deno.test(
  { name: "region selection; an unknown region lists the valid ones", ...opts },
  () =>
    withCloud(async (cloud) => {
      const two = await cli({ ...admin(cloud.authUrl), OS_REGION_NAME: "RegionTwo" });
      strictEqual(two.code, 0, two.err);
      ok(cloud.requests.some((q) => q.path.startsWith("/regions/RegionTwo/compute/")));
      const bad = await cli({ ...admin(cloud.authUrl), OS_REGION_NAME: "Nowhere" });
      strictEqual(bad.code, 1);
      strictEqual(
        bad.err,
        "Region Nowhere is not a valid region for compute; valid regions: RegionOne, RegionTwo\n",
      );
    }, ["RegionOne", "RegionTwo"]),
);

Deno.test(
  { name: "interface and endpoint override choose the URL", ...opts },
  () =>
    withCloud(async (cloud) => {
      const r = await cli({ ...admin(cloud.authUrl), OS_INTERFACE: "internal" });
      strictEqual(r.code, 0, r.err);
      // an override in clouds.yaml wins over the catalog
      const yaml =
        `clouds:\n  x:\n    auth:\n      auth_url: ${cloud.authUrl}\n      username: admin\n` +
        `      password: admin\n      project_name: admin\n      user_domain_name: Default\n` +
        `      project_domain_name: Default\n    compute_endpoint_override: ${cloud.url}/regions/RegionTwo/compute/v2.1\n`;
      const c = fakeDeps({
        env: { OS_TOKEN_CACHE: "0", OS_CLIENT_CONFIG_FILE: "/cfg/clouds.yaml", OS_CLOUD: "x" },
        files: { "/cfg/clouds.yaml": yaml },
        fetch: globalThis.fetch,
      });
      cloud.clearRequests();
      strictEqual(
        await run(["server", "list", "-f", "value", "-c", "Name"], c.deps, registry),
        0,
        c.stderr(),
      );
      ok(cloud.requests.some((q) => q.path.startsWith("/regions/RegionTwo/compute/v2.1/servers")));
    }, ["RegionOne", "RegionTwo"]),
);

Deno.test(
  { name: "a catalog without the service: keystoneauth's message", ...opts },
  () =>
    withCloud(async (cloud) => {
      const r = await cli({ ...admin(cloud.authUrl), OS_INTERFACE: "nonsense" });
      strictEqual(r.code, 1);
      strictEqual(r.err, "nonsense endpoint for compute service not found\n");
    }),
);
