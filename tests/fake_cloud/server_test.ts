/**
 * The fake cloud answers like the recorded real services (tests/fixtures).
 * Run: deno test --allow-all tests/fake_cloud/
 */
import assert from "node:assert/strict";
import {
  ADMIN_PROJECT_ID,
  bigDataset,
  CIRROS_IMAGE_ID,
  defaultDataset,
  DEMO_PROJECT_ID,
  type FakeDataset,
  goldenDataset,
  makeServer,
  makeServers,
  uuidFrom,
} from "./datasets.ts";
import { PyFloat, pyJson, pyUrlencode } from "./pyjson.ts";
import { type FakeCloud, startFakeCloud } from "./server.ts";
import { makeTestCerts } from "./tls.ts";

type Json = Record<string, unknown>;
// deno-lint-ignore no-explicit-any
type Any = any;

const FIXTURES = new URL("../fixtures/", import.meta.url);
function fx(name: string): {
  request: { method: string; path: string; headers?: Record<string, string> };
  response: { status: number; headers: Record<string, string>; body: Any };
} {
  return JSON.parse(Deno.readTextFileSync(new URL(`${name}.json`, FIXTURES)));
}

const RECORDED_KS = "http://127.0.0.1:5000";
const RECORDED_NOVA = "http://127.0.0.1:8774";
const RECORDED_GLANCE = "http://127.0.0.1:9292";

function rebase(v: unknown, from: string, to: string): Any {
  return JSON.parse(JSON.stringify(v).replaceAll(from, to));
}

async function withCloud(
  opts: Parameters<typeof startFakeCloud>[0],
  fn: (c: FakeCloud) => Promise<void> | void,
) {
  const cloud = await startFakeCloud(opts);
  try {
    await fn(cloud);
  } finally {
    await cloud.close();
  }
}

async function get(
  cloud: FakeCloud,
  path: string,
  headers: Record<string, string> = {},
  client?: Deno.HttpClient,
): Promise<{ status: number; headers: Headers; body: Any; text: string }> {
  const res = await fetch(path.startsWith("http") ? path : cloud.url + path, {
    headers: { Accept: "application/json", ...headers },
    ...(client ? { client } : {}),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch { /* not JSON */ }
  return { status: res.status, headers: res.headers, body, text };
}

async function auth(cloud: FakeCloud, body: unknown) {
  const res = await fetch(`${cloud.authUrl}/auth/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text), text };
}

function pw(user: string, password: string, scope?: unknown) {
  return {
    auth: {
      identity: {
        methods: ["password"],
        password: { user: { name: user, domain: { name: "Default" }, password } },
      },
      ...(scope ? { scope } : {}),
    },
  };
}
const projectScope = (name: string) => ({ project: { name, domain: { name: "Default" } } });

async function login(cloud: FakeCloud, user = "admin", password = user, project = user) {
  const r = await auth(cloud, pw(user, password, projectScope(project)));
  assert.equal(r.status, 201);
  return r.headers.get("x-subject-token")!;
}

function keys(o: unknown): string[] {
  return Object.keys(o as Json);
}

// ---- Keystone ---------------------------------------------------------------------------

Deno.test("keystone: version discovery matches the recorded documents", async () => {
  await withCloud({}, async (cloud) => {
    const root = await get(cloud, "/identity");
    const rec = fx("keystone_root");
    assert.equal(root.status, rec.response.status);
    assert.deepEqual(root.body, rebase(rec.response.body, RECORDED_KS, `${cloud.url}/identity`));
    assert.equal(root.headers.get("location"), `${cloud.url}/identity/v3/`);
    const v3 = await get(cloud, "/identity/v3");
    assert.equal(v3.status, 200);
    assert.deepEqual(
      v3.body,
      rebase(fx("keystone_v3").response.body, RECORDED_KS, `${cloud.url}/identity`),
    );
    assert.ok(v3.headers.get("x-openstack-request-id")?.startsWith("req-"));
  });
});

Deno.test("keystone: password auth with project scope has the recorded token shape", async () => {
  await withCloud({}, async (cloud) => {
    const r = await auth(cloud, pw("admin", "admin", projectScope("admin")));
    const rec = fx("keystone_auth_password_project");
    assert.equal(r.status, rec.response.status);
    assert.ok(r.headers.get("x-subject-token")!.startsWith("gAAAAA"));
    assert.equal(r.headers.get("content-type"), "application/json");
    assert.ok(r.headers.get("x-openstack-request-id"));
    const tok = r.body.token;
    const want = rec.response.body.token;
    assert.deepEqual(keys(tok), keys(want));
    assert.deepEqual(keys(tok.user), keys(want.user));
    assert.deepEqual(tok.project, want.project);
    assert.deepEqual(tok.roles, want.roles);
    assert.deepEqual(tok.methods, ["password"]);
    assert.match(tok.expires_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000000Z$/);
    assert.deepEqual(keys(tok.catalog[0]), keys(want.catalog[0]));
    assert.deepEqual(keys(tok.catalog[0].endpoints[0]), keys(want.catalog[0].endpoints[0]));
    const url = (type: string, iface = "public") =>
      tok.catalog.find((s: Any) => s.type === type).endpoints.find((e: Any) =>
        e.interface === iface
      ).url;
    assert.equal(url("identity"), `${cloud.url}/identity/v3`);
    assert.equal(url("compute"), `${cloud.url}/compute/v2.1`);
    assert.equal(url("image", "internal"), `${cloud.url}/image`);
    assert.equal(url("network", "admin"), `${cloud.url}/network`);
    assert.equal(url("volumev3"), `${cloud.url}/volume/v3/${ADMIN_PROJECT_ID}`);
    assert.equal(url("block-storage"), `${cloud.url}/volume/v3/${ADMIN_PROJECT_ID}`);
    for (const s of tok.catalog) {
      assert.deepEqual(s.endpoints.map((e: Any) => e.interface), ["public", "internal", "admin"]);
      assert.ok(
        s.endpoints.every((e: Any) => e.region === "RegionOne" && e.region_id === e.region),
      );
    }
  });
});

Deno.test("keystone: user and project by id work too", async () => {
  await withCloud({}, async (cloud) => {
    const ds = cloud.dataset;
    const admin = ds.users.find((u) => u.name === "admin")!;
    const r = await auth(cloud, {
      auth: {
        identity: {
          methods: ["password"],
          password: { user: { id: admin.id, password: "admin" } },
        },
        scope: { project: { id: ADMIN_PROJECT_ID } },
      },
    });
    assert.equal(r.status, 201);
    assert.equal(r.body.token.project.name, "admin");
  });
});

Deno.test("keystone: wrong password and unknown project answer Keystone's 401", async () => {
  await withCloud({}, async (cloud) => {
    for (
      const [name, body] of [
        ["keystone_auth_wrong_password", pw("admin", "nope", projectScope("admin"))],
        ["keystone_auth_unknown_project", pw("admin", "admin", projectScope("no-such-project"))],
      ] as const
    ) {
      const rec = fx(name);
      const r = await auth(cloud, body);
      assert.equal(r.status, 401);
      assert.deepEqual(r.body, rec.response.body);
      // Flask's compact JSON, as recorded.
      assert.equal(r.text, JSON.stringify(rec.response.body));
      assert.equal(r.headers.get("www-authenticate"), `Keystone uri="${cloud.url}/identity/v3"`);
      assert.ok(r.headers.get("x-openstack-request-id")?.startsWith("req-"));
      assert.equal(r.headers.get("x-subject-token"), null);
    }
    // Unknown user, and a user without a role on the project.
    assert.equal((await auth(cloud, pw("ghost", "x", projectScope("admin")))).status, 401);
    assert.equal((await auth(cloud, pw("demo", "demo", projectScope("admin")))).status, 401);
  });
});

Deno.test("keystone: system, domain and unscoped tokens", async () => {
  const ds = defaultDataset();
  ds.assignments.push({ user_id: ds.users[0].id, role_id: ds.roles[1].id, domain_id: "default" });
  await withCloud({ dataset: ds }, async (cloud) => {
    const sys = await auth(cloud, pw("admin", "admin", { system: { all: true } }));
    assert.equal(sys.status, 201);
    const recSys = fx("keystone_auth_password_system").response.body.token;
    assert.deepEqual(keys(sys.body.token), keys(recSys));
    assert.deepEqual(sys.body.token.system, { all: true });

    const dom = await auth(cloud, pw("admin", "admin", { domain: { name: "Default" } }));
    assert.equal(dom.status, 201);
    assert.deepEqual(dom.body.token.domain, { id: "default", name: "Default" });
    assert.ok(Array.isArray(dom.body.token.catalog));

    const un = await auth(cloud, pw("admin", "admin"));
    assert.equal(un.status, 201);
    assert.deepEqual(
      keys(un.body.token),
      keys(fx("keystone_auth_password_unscoped").response.body.token),
    );
    // demo has a default project: Keystone scopes to it.
    const demo = await auth(cloud, pw("demo", "demo"));
    assert.equal(demo.body.token.project.id, DEMO_PROJECT_ID);
  });
  // Without a domain role: 401, as recorded.
  await withCloud({}, async (cloud) => {
    const dom = await auth(cloud, pw("admin", "admin", { domain: { name: "Default" } }));
    assert.equal(dom.status, fx("keystone_auth_password_domain").response.status);
  });
});

Deno.test("keystone: token and application_credential methods", async () => {
  await withCloud({}, async (cloud) => {
    const t = await login(cloud);
    const r = await auth(cloud, {
      auth: { identity: { methods: ["token"], token: { id: t } }, scope: projectScope("admin") },
    });
    assert.equal(r.status, 201);
    const rec = fx("keystone_auth_token_method").response.body.token;
    assert.deepEqual(r.body.token.methods, rec.methods);
    assert.deepEqual(keys(r.body.token), keys(rec));
    const bad = await auth(cloud, {
      auth: { identity: { methods: ["token"], token: { id: "nope" } } },
    });
    assert.equal(bad.status, 401);

    const ac = cloud.dataset.application_credentials[0];
    const recAc = fx("keystone_auth_application_credential").response.body.token;
    const byId = await auth(cloud, {
      auth: {
        identity: {
          methods: ["application_credential"],
          application_credential: { id: ac.id, secret: ac.secret },
        },
      },
    });
    assert.equal(byId.status, 201);
    assert.deepEqual(keys(byId.body.token), keys(recAc));
    assert.deepEqual(
      keys(byId.body.token.application_credential),
      keys(recAc.application_credential),
    );
    assert.equal(byId.body.token.project.id, ac.project_id);
    const byName = await auth(cloud, {
      auth: {
        identity: {
          methods: ["application_credential"],
          application_credential: {
            name: ac.name,
            secret: ac.secret,
            user: { name: "demo", domain: { name: "Default" } },
          },
        },
      },
    });
    assert.equal(byName.status, 201);
    const wrong = await auth(cloud, {
      auth: {
        identity: {
          methods: ["application_credential"],
          application_credential: { id: ac.id, secret: "wrong" },
        },
      },
    });
    assert.equal(wrong.status, 401);
  });
});

Deno.test("keystone: extra regions get their own routed endpoints", async () => {
  await withCloud({ regions: ["RegionOne", "RegionTwo"] }, async (cloud) => {
    const r = await auth(cloud, pw("admin", "admin", projectScope("admin")));
    const compute = r.body.token.catalog.find((s: Any) => s.type === "compute");
    assert.equal(compute.endpoints.length, 6);
    const two = compute.endpoints.find((e: Any) =>
      e.region === "RegionTwo" && e.interface === "public"
    );
    assert.equal(two.url, `${cloud.url}/regions/RegionTwo/compute/v2.1`);
    const token = r.headers.get("x-subject-token")!;
    const res = await get(cloud, `${two.url}/servers/detail`, { "X-Auth-Token": token });
    assert.equal(res.status, 200);
    assert.ok(res.body.servers[0].links[0].href.startsWith(`${cloud.url}/regions/RegionTwo/`));
    assert.equal(cloud.requests.at(-1)!.region, "RegionTwo");
    assert.equal(cloud.requests.at(-1)!.service, "compute");
  });
});

// ---- Nova -------------------------------------------------------------------------------

Deno.test("nova: version documents match the recorded ones", async () => {
  await withCloud({}, async (cloud) => {
    const root = await get(cloud, "/compute");
    assert.equal(root.status, 200);
    assert.deepEqual(
      root.body,
      rebase(fx("nova_root").response.body, RECORDED_NOVA, `${cloud.url}/compute`),
    );
    const v21 = await get(cloud, "/compute/v2.1");
    const rec = fx("nova_v2.1");
    assert.deepEqual(v21.body, rebase(rec.response.body, RECORDED_NOVA, `${cloud.url}/compute`));
    assert.equal(v21.body.version.min_version, "2.1");
    assert.equal(v21.body.version.version, "2.93");
    assert.equal(v21.headers.get("openstack-api-version"), "compute 2.1");
  });
  await withCloud({ computeMaxVersion: "2.95" }, async (cloud) => {
    assert.equal((await get(cloud, "/compute/v2.1/")).body.version.version, "2.95");
  });
});

Deno.test("nova and glance: no token gives keystonemiddleware's 401", async () => {
  await withCloud({}, async (cloud) => {
    for (const token of [undefined, "bogus"]) {
      const h: Record<string, string> = token ? { "X-Auth-Token": token } : {};
      const n = await get(cloud, "/compute/v2.1/servers/detail", h);
      assert.equal(n.status, 401);
      assert.deepEqual(n.body, fx("nova_no_token").response.body);
      assert.equal(n.headers.get("www-authenticate"), `Keystone uri="${cloud.url}/identity/v3"`);
      const g = await get(cloud, "/image/v2/images", h);
      assert.equal(g.status, 401);
      assert.deepEqual(g.body, fx("glance_no_token").response.body);
    }
    const revoked = cloud.issueToken();
    cloud.revokeToken(revoked);
    assert.equal(
      (await get(cloud, "/compute/v2.1/servers/detail", { "X-Auth-Token": revoked })).status,
      401,
    );
  });
});

Deno.test("nova: expired tokens are rejected", async () => {
  let t = 1_700_000_000_000;
  await withCloud({ now: () => t, tokenTtlSeconds: 60 }, async (cloud) => {
    const token = await login(cloud);
    assert.equal(
      (await get(cloud, "/compute/v2.1/servers/detail", { "X-Auth-Token": token })).status,
      200,
    );
    t += 61_000;
    assert.equal(
      (await get(cloud, "/compute/v2.1/servers/detail", { "X-Auth-Token": token })).status,
      401,
    );
  });
});

Deno.test("nova: servers/detail at 2.1 has the recorded shape and headers", async () => {
  await withCloud({}, async (cloud) => {
    const token = await login(cloud);
    const r = await get(cloud, "/compute/v2.1/servers/detail", {
      "X-Auth-Token": token,
      "X-OpenStack-Nova-API-Version": "2.1",
    });
    const rec = fx("nova_servers_detail_v2.1").response;
    assert.equal(r.status, 200);
    for (const h of ["openstack-api-version", "x-openstack-nova-api-version", "vary"]) {
      assert.equal(r.headers.get(h), rec.headers[h], h);
    }
    assert.equal(r.headers.get("x-openstack-request-id"), r.headers.get("x-compute-request-id"));
    assert.deepEqual(keys(r.body), keys(rec.body));
    assert.deepEqual(r.body.servers.map((s: Any) => s.name), ["server-3", "server-2", "server-1"]);
    const s = r.body.servers[0];
    const want = rec.body.servers[0];
    assert.deepEqual(keys(s), keys(want));
    assert.deepEqual(keys(s.flavor), ["id", "links"]);
    assert.equal(s.flavor.links[0].href, `${cloud.url}/compute/flavors/1`);
    assert.equal(s.image.links[0].href, `${cloud.url}/compute/images/${CIRROS_IMAGE_ID}`);
    assert.deepEqual(keys(s.addresses.private[0]), keys(want.addresses.private[0]));
    assert.equal(s.links[0].href, `${cloud.url}/compute/v2.1/servers/${s.id}`);
    assert.equal(s.links[1].href, `${cloud.url}/compute/servers/${s.id}`);
    assert.match(s.hostId, /^[0-9a-f]{56}$/);
    assert.equal(s["OS-SRV-USG:launched_at"].length, want["OS-SRV-USG:launched_at"].length);
  });
});

Deno.test("nova: microversion shapes (2.47 embeds the flavor, max matches the recording)", async () => {
  await withCloud({}, async (cloud) => {
    const token = await login(cloud);
    const at = (v: string) =>
      get(cloud, "/compute/v2.1/servers/detail", {
        "X-Auth-Token": token,
        "OpenStack-API-Version": `compute ${v}`,
      });
    const max = await at("2.93");
    const rec = fx("nova_servers_detail_max").response;
    assert.deepEqual(keys(max.body.servers[0]), keys(rec.body.servers[0]));
    assert.deepEqual(max.body.servers[0].flavor, rec.body.servers[0].flavor);
    assert.equal(max.headers.get("openstack-api-version"), "compute 2.93");
    assert.equal(max.headers.get("x-openstack-nova-api-version"), "2.93");
    const latest = await at("latest");
    assert.equal(latest.headers.get("openstack-api-version"), "compute 2.93");
    const v246 = await at("2.46");
    assert.deepEqual(keys(v246.body.servers[0].flavor), ["id", "links"]);
    const v247 = await at("2.47");
    assert.deepEqual(
      keys(v247.body.servers[0].flavor),
      ["vcpus", "ram", "disk", "ephemeral", "swap", "original_name", "extra_specs"],
    );
    assert.equal(v247.body.servers[0].flavor.original_name, "m1.tiny");
    assert.ok(!("locked_reason" in v247.body.servers[0]));
    assert.ok("locked" in v247.body.servers[0]);
    // Both headers: OpenStack-API-Version wins.
    const both = await get(cloud, "/compute/v2.1/servers/detail", {
      "X-Auth-Token": token,
      "OpenStack-API-Version": "compute 2.60",
      "X-OpenStack-Nova-API-Version": "2.2",
    });
    assert.equal(both.headers.get("x-openstack-nova-api-version"), "2.60");
  });
});

Deno.test("nova: a member sees the recorded non-admin view and only its project", async () => {
  await withCloud({}, async (cloud) => {
    const token = await login(cloud, "demo");
    const r = await get(cloud, "/compute/v2.1/servers/detail", {
      "X-Auth-Token": token,
      "OpenStack-API-Version": "compute 2.93",
    });
    const rec = fx("nova_servers_detail_max_member").response.body;
    assert.deepEqual(r.body.servers.map((s: Any) => s.name), ["demo-server-1"]);
    assert.deepEqual(keys(r.body.servers[0]), keys(rec.servers[0]));
    const all = await get(cloud, "/compute/v2.1/servers/detail?all_tenants=1", {
      "X-Auth-Token": token,
    });
    assert.equal(all.status, 403);
    assert.deepEqual(all.body, fx("nova_all_tenants_forbidden").response.body);
    // host is an admin-only filter: ignored for members.
    const host = await get(cloud, "/compute/v2.1/servers/detail?host=elsewhere", {
      "X-Auth-Token": token,
    });
    assert.equal(host.body.servers.length, 1);
  });
});

Deno.test("nova: unsupported and malformed microversions", async () => {
  await withCloud({}, async (cloud) => {
    const token = await login(cloud);
    const r = await get(cloud, "/compute/v2.1/servers/detail", {
      "X-Auth-Token": token,
      "OpenStack-API-Version": "compute 2.999",
    });
    const rec = fx("nova_version_not_acceptable").response;
    assert.equal(r.status, 406);
    assert.deepEqual(r.body, rec.body);
    assert.equal(r.headers.get("openstack-api-version"), rec.headers["openstack-api-version"]);
    assert.equal(r.headers.get("content-type"), rec.headers["content-type"]);
    const bad = await get(cloud, "/compute/v2.1/servers/detail", {
      "X-Auth-Token": token,
      "OpenStack-API-Version": "compute 2.x",
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, fx("nova_version_invalid").response.body);
  });
});

Deno.test("nova: paging with limit and marker, servers_links like Nova's", async () => {
  await withCloud({}, async (cloud) => {
    const token = await login(cloud);
    const h = { "X-Auth-Token": token };
    const first = await get(cloud, "/compute/v2.1/servers/detail?limit=1", h);
    const rec = fx("nova_servers_detail_limit1").response.body;
    assert.deepEqual(keys(first.body), keys(rec));
    assert.equal(first.body.servers.length, 1);
    const id = first.body.servers[0].id;
    assert.deepEqual(first.body.servers_links, [{
      rel: "next",
      href: `${cloud.url}/compute/v2.1/servers/detail?limit=1&marker=${id}`,
    }]);
    const names: string[] = [first.body.servers[0].name];
    let next: string | undefined = first.body.servers_links[0].href;
    while (next) {
      const page = await get(cloud, next, h);
      names.push(...page.body.servers.map((s: Any) => s.name));
      next = page.body.servers_links?.[0]?.href;
    }
    assert.deepEqual(names, ["server-3", "server-2", "server-1"]);
    // The non-detail list.
    const plain = await get(cloud, "/compute/v2.1/servers?limit=1", h);
    const recPlain = fx("nova_servers_limit1").response.body;
    assert.deepEqual(keys(plain.body.servers[0]), keys(recPlain.servers[0]));
    assert.ok(plain.body.servers_links[0].href.includes("/compute/v2.1/servers?limit=1&marker="));
    // Other params are kept, sorted, in the next link.
    const filtered = await get(cloud, "/compute/v2.1/servers/detail?name=server&limit=2", h);
    assert.equal(
      filtered.body.servers_links[0].href,
      `${cloud.url}/compute/v2.1/servers/detail?limit=2&name=server&marker=${
        filtered.body.servers[1].id
      }`,
    );
    const bad = await get(cloud, "/compute/v2.1/servers/detail?marker=no-such-server", h);
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, fx("nova_marker_not_found").response.body);
    const badLimit = await get(cloud, "/compute/v2.1/servers/detail?limit=abc", h);
    assert.equal(badLimit.status, 400);
    assert.deepEqual(badLimit.body, fx("nova_bad_limit").response.body);
  });
});

Deno.test("nova: default page size is max_limit; 10,000 servers in 11 pages", async () => {
  await withCloud({ dataset: bigDataset(10_000) }, async (cloud) => {
    const token = await login(cloud);
    let next: string | undefined = `${cloud.url}/compute/v2.1/servers/detail`;
    const ids: string[] = [];
    let pages = 0;
    while (next) {
      const page = await get(cloud, next, { "X-Auth-Token": token });
      assert.equal(page.status, 200);
      ids.push(...page.body.servers.map((s: Any) => s.id));
      next = page.body.servers_links?.[0]?.href;
      pages++;
    }
    // (how fast: deno task bench, scenario d; never a timed assertion here)
    assert.equal(ids.length, 10_000);
    assert.equal(new Set(ids).size, 10_000);
    assert.equal(pages, 11); // 10 full pages, then an empty one (Nova links a full page)
  });
  await withCloud({ dataset: bigDataset(30), maxLimit: 10 }, async (cloud) => {
    const token = await login(cloud);
    const r = await get(cloud, "/compute/v2.1/servers/detail?limit=50", { "X-Auth-Token": token });
    assert.equal(r.body.servers.length, 10);
    assert.ok(r.body.servers_links);
    assert.equal(r.body.servers[0].name, "server-00030");
  });
});

Deno.test("nova: filters", async () => {
  const ds = goldenDataset();
  ds.servers.push(makeServer({
    id: uuidFrom("deleted-one"),
    name: "deleted-one",
    created: "2026-01-01T00:00:30Z",
    updated: "2026-01-02T00:00:00Z",
    deleted: true,
    status: "DELETED",
  }));
  await withCloud({ dataset: ds }, async (cloud) => {
    const token = await login(cloud);
    const names = async (q: string, t = token) => {
      const r = await get(cloud, `/compute/v2.1/servers/detail?${q}`, { "X-Auth-Token": t });
      assert.equal(r.status, 200, `${q}: ${r.text}`);
      return r.body.servers.map((s: Any) => s.name);
    };
    assert.deepEqual(await names("name=server-%5B12%5D"), ["server-1", "server-2"]);
    assert.deepEqual(await names("name=%E6%9C%8D%E5%8A%A1"), ["服务器-一"]);
    assert.deepEqual(await names("name=^x$"), ["x"]);
    assert.deepEqual(await names("status=shutoff"), ["line one\nline two"]);
    assert.deepEqual(await names("status=ERROR&status=BUILD"), ["server-2", "x"]);
    assert.deepEqual(await names("status=bogus"), []);
    assert.deepEqual(await names("flavor=42"), ["server-2"]);
    assert.deepEqual(await names(`image=${CIRROS_IMAGE_ID}&limit=2`), ["服务器-一", "server-1"]);
    assert.equal((await names("host=oscloud")).length, 7);
    assert.deepEqual(await names("all_tenants=1&name=demo"), ["demo-server-1"]);
    assert.deepEqual(await names(`all_tenants=1&project_id=${DEMO_PROJECT_ID}`), [
      "demo-server-1",
    ]);
    assert.deepEqual(await names(`tenant_id=${DEMO_PROJECT_ID}&name=demo`), []);
    assert.deepEqual(await names(`user_id=nobody`), []);
    assert.deepEqual(await names("ip=172.24.4"), ["服务器-一", "bfv-server"]);
    assert.deepEqual(await names("ip6=fe77"), ["missing-image"]);
    assert.deepEqual(await names("key_name=mykey"), ["server-3"]);
    // changes-since also returns deleted servers, as Nova does.
    assert.deepEqual(await names("changes-since=2026-01-01T00:08:30Z"), [
      "服务器-一",
      "line one\nline two",
      "deleted-one",
    ]);
    assert.ok((await names("changes-since=2026-01-01T23:00:00Z")).includes("deleted-one"));
    assert.deepEqual(await names("deleted=true"), ["deleted-one"]);
    assert.ok(!(await names("")).includes("deleted-one"));
    const bad = await get(cloud, "/compute/v2.1/servers/detail?changes-since=bogus", {
      "X-Auth-Token": token,
    });
    assert.equal(bad.status, 400);
    // sort_key/sort_dir
    assert.deepEqual(
      (await names("sort_key=display_name&sort_dir=asc")).slice(0, 3),
      ["bfv-server", "line one\nline two", "missing-image"],
    );
  });
});

Deno.test("nova: golden servers render BFV, IPv6, faults and missing images", async () => {
  await withCloud({ dataset: goldenDataset() }, async (cloud) => {
    const token = await login(cloud);
    const r = await get(cloud, "/compute/v2.1/servers/detail", { "X-Auth-Token": token });
    const by = (n: string) => r.body.servers.find((s: Any) => s.name === n);
    assert.equal(by("bfv-server").image, "");
    assert.deepEqual(by("bfv-server")["os-extended-volumes:volumes_attached"], [
      { id: "7d8e9fa0-b1c2-43d4-a5e6-f7a8b9cadb66" },
    ]);
    assert.deepEqual(keys(by("服务器-一").addresses), ["private", "public"]);
    assert.equal(by("服务器-一").addresses.private[1].version, 6);
    const err = by("server-2");
    assert.deepEqual(keys(err.fault), ["code", "created", "message", "details"]);
    assert.equal(keys(err).indexOf("fault"), keys(err).indexOf("OS-DCF:diskConfig") + 1);
    assert.ok(!("progress" in err));
    assert.ok(!("progress" in by("line one\nline two")));
    assert.equal(by("x").hostId, "");
    // Non-ASCII is sent \u-escaped, as Python's json.dumps does.
    assert.ok(r.text.includes('"name": "\\u670d\\u52a1\\u5668-\\u4e00"'));
  });
});

Deno.test("nova: server show and 404", async () => {
  await withCloud({}, async (cloud) => {
    const token = await login(cloud);
    const id = cloud.dataset.servers[0].id;
    const r = await get(cloud, `/compute/v2.1/servers/${id}`, {
      "X-Auth-Token": token,
      "OpenStack-API-Version": "compute 2.93",
    });
    assert.equal(r.status, 200);
    assert.deepEqual(keys(r.body.server), keys(fx("nova_server_show_max").response.body.server));
    const r21 = await get(cloud, `/compute/v2.1/servers/${id}`, { "X-Auth-Token": token });
    assert.deepEqual(keys(r21.body.server), keys(fx("nova_server_show_v2.1").response.body.server));
    const missing = await get(cloud, "/compute/v2.1/servers/no-such-server", {
      "X-Auth-Token": token,
    });
    const rec = fx("nova_server_not_found").response;
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, rec.body);
    assert.equal(missing.headers.get("content-type"), rec.headers["content-type"]);
    // Another project's server is not found for a member.
    const demo = await login(cloud, "demo");
    assert.equal(
      (await get(cloud, `/compute/v2.1/servers/${id}`, { "X-Auth-Token": demo })).status,
      404,
    );
  });
});

Deno.test("nova: flavors detail, show, paging and 404", async () => {
  await withCloud({}, async (cloud) => {
    const token = await login(cloud);
    const h = { "X-Auth-Token": token };
    const d21 = await get(cloud, "/compute/v2.1/flavors/detail", h);
    const rec21 = fx("nova_flavors_detail_v2.1").response.body;
    assert.deepEqual(
      d21.body,
      rebase(rec21, RECORDED_NOVA, `${cloud.url}/compute`),
    );
    assert.ok(d21.text.includes('"rxtx_factor": 1.0'));
    assert.equal(d21.body.flavors[0].swap, "");
    const dmax = await get(cloud, "/compute/v2.1/flavors/detail", {
      ...h,
      "OpenStack-API-Version": "compute 2.93",
    });
    assert.deepEqual(
      dmax.body,
      rebase(fx("nova_flavors_detail_max").response.body, RECORDED_NOVA, `${cloud.url}/compute`),
    );
    const one = await get(cloud, "/compute/v2.1/flavors/1", h);
    assert.deepEqual(
      one.body,
      rebase(fx("nova_flavor_show").response.body, RECORDED_NOVA, `${cloud.url}/compute`),
    );
    const page = await get(cloud, "/compute/v2.1/flavors?limit=1", h);
    assert.deepEqual(
      page.body,
      rebase(fx("nova_flavors_limit1").response.body, RECORDED_NOVA, `${cloud.url}/compute`),
    );
    const nf = await get(cloud, "/compute/v2.1/flavors/no-such-flavor", h);
    assert.equal(nf.status, 404);
    assert.deepEqual(nf.body, fx("nova_flavor_not_found").response.body);
    const isPublicNone = await get(cloud, "/compute/v2.1/flavors/detail?is_public=None", h);
    assert.equal(isPublicNone.body.flavors.length, 2);
  });
});

// ---- Glance -----------------------------------------------------------------------------

Deno.test("glance: versions, list, show like the recordings", async () => {
  await withCloud({}, async (cloud) => {
    const root = await get(cloud, "/image");
    assert.equal(root.status, 300);
    assert.deepEqual(
      root.body,
      rebase(fx("glance_root").response.body, RECORDED_GLANCE, `${cloud.url}/image`),
    );
    const token = await login(cloud);
    const h = { "X-Auth-Token": token };
    const list = await get(cloud, "/image/v2/images", h);
    const rec = fx("glance_images").response.body;
    assert.deepEqual(keys(list.body), keys(rec));
    assert.deepEqual(keys(list.body.images[0]), keys(rec.images[0]));
    assert.equal(list.body.first, "/v2/images");
    const show = await get(cloud, `/image/v2/images/${CIRROS_IMAGE_ID}`, h);
    const recShow = fx("glance_image_show").response.body;
    assert.deepEqual(keys(show.body), keys(recShow));
    assert.equal(show.body.self, `/v2/images/${CIRROS_IMAGE_ID}`);
    assert.ok(show.headers.get("x-openstack-request-id"));
    const nf = await get(cloud, "/image/v2/images/00000000-0000-0000-0000-000000000000", h);
    assert.equal(nf.status, 404);
    assert.deepEqual(nf.body, fx("glance_image_not_found").response.body);
    const html = await get(cloud, "/image/v2/images/00000000-0000-0000-0000-000000000000", {
      ...h,
      Accept: "*/*",
    });
    const recHtml = fx("glance_image_not_found_html").response;
    assert.equal(html.text, recHtml.body);
    assert.equal(html.headers.get("content-type"), recHtml.headers["content-type"]);
  });
});

Deno.test("glance: paging via next", async () => {
  const ds: FakeDataset = goldenDataset();
  await withCloud({ dataset: ds, imageDefaultLimit: 1 }, async (cloud) => {
    const token = await login(cloud);
    const first = await get(cloud, "/image/v2/images?limit=1", { "X-Auth-Token": token });
    const rec = fx("glance_images_limit1").response.body;
    assert.deepEqual(keys(first.body), keys(rec));
    assert.equal(first.body.first, "/v2/images?limit=1");
    assert.equal(first.body.next, `/v2/images?limit=1&marker=${first.body.images[0].id}`);
    const names: string[] = [];
    let next: string | undefined = "/v2/images";
    while (next) {
      const page = await get(cloud, `/image${next}`, { "X-Auth-Token": token });
      names.push(...page.body.images.map((i: Any) => i.name));
      next = page.body.next;
    }
    assert.deepEqual(names, ["ubuntu-22.04", "cirros-0.6.2-x86_64-disk"]);
  });
});

// ---- plumbing ---------------------------------------------------------------------------

Deno.test("requests are recorded with method, path, headers and body", async () => {
  await withCloud({}, async (cloud) => {
    const token = await login(cloud);
    await get(cloud, "/compute/v2.1/servers/detail?limit=2", {
      "X-Auth-Token": token,
      "OpenStack-API-Version": "compute 2.60",
    });
    assert.deepEqual(cloud.requests.map((r) => `${r.method} ${r.path}`), [
      "POST /identity/v3/auth/tokens",
      "GET /compute/v2.1/servers/detail?limit=2",
    ]);
    assert.equal(cloud.requests[1].headers["openstack-api-version"], "compute 2.60");
    assert.equal(cloud.requests[1].service, "compute");
    assert.ok(cloud.requests[0].body!.includes('"password"'));
    cloud.clearRequests();
    assert.equal(cloud.requests.length, 0);
  });
});

Deno.test("intercept can inject failures; latency option", async () => {
  await withCloud({
    intercept: (_req, info) =>
      info.path.startsWith("/image/v2") ? new Response("boom", { status: 503 }) : undefined,
  }, async (cloud) => {
    const token = cloud.issueToken();
    assert.equal((await get(cloud, "/image/v2/images", { "X-Auth-Token": token })).status, 503);
    assert.equal(
      (await get(cloud, "/compute/v2.1/servers/detail", { "X-Auth-Token": token })).status,
      200,
    );
  });
});

Deno.test("deterministic request ids", async () => {
  await withCloud({ deterministicIds: true }, async (cloud) => {
    const a = await get(cloud, "/identity/v3");
    const b = await get(cloud, "/identity/v3");
    assert.equal(
      a.headers.get("x-openstack-request-id"),
      "req-00000000-0000-4000-8000-000000000001",
    );
    assert.equal(
      b.headers.get("x-openstack-request-id"),
      "req-00000000-0000-4000-8000-000000000002",
    );
  });
});

Deno.test("clouds.yaml snippet points at the fake", async () => {
  await withCloud({}, (cloud) => {
    const y = cloud.cloudsYaml();
    assert.ok(y.startsWith("clouds:\n  admin:\n    auth:\n"));
    assert.ok(y.includes(`auth_url: ${cloud.authUrl}`));
    assert.ok(y.includes("  demo:\n"));
  });
});

Deno.test("TLS: serves HTTPS with the given certificate", async () => {
  const certs = await makeTestCerts();
  if (!certs) {
    console.warn("openssl unavailable: TLS test skipped");
    return;
  }
  await withCloud({ tls: { cert: certs.cert, key: certs.key } }, async (cloud) => {
    assert.ok(cloud.url.startsWith("https://127.0.0.1:"));
    const client = Deno.createHttpClient({ caCerts: [certs.caCert] });
    try {
      const r = await get(cloud, "/identity/v3", {}, client);
      assert.equal(r.status, 200);
      assert.equal(r.body.version.links[0].href, `${cloud.url}/identity/v3/`);
    } finally {
      client.close();
    }
  });
});

Deno.test("datasets: deterministic generators and golden content", () => {
  assert.deepEqual(makeServers(3), makeServers(3));
  assert.equal(makeServers(12_000)[11_999].name, "server-12000");
  const g = goldenDataset();
  assert.ok(g.servers.some((s) => s.name === "服务器-一"));
  assert.ok(g.servers.some((s) => s.name.includes("\n")));
  assert.ok(g.servers.some((s) => s.image_id === ""));
  assert.ok(g.servers.some((s) => s.image_id && !g.images.some((i) => i.id === s.image_id)));
});

Deno.test("pyjson: Python json.dumps formatting", () => {
  assert.equal(pyJson({ a: [1, "é\n"], b: null }), '{"a": [1, "\\u00e9\\n"], "b": null}');
  assert.equal(pyJson({ a: 1 }, true), '{"a":1}');
  assert.equal(pyJson(new PyFloat(1)), "1.0");
  assert.equal(pyJson("😀"), '"\\ud83d\\ude00"');
  assert.equal(pyUrlencode([["name", "a b/[c]"], ["x", "~_.-"]]), "name=a+b%2F%5Bc%5D&x=~_.-");
});

Deno.test("golden files are well-formed", async () => {
  const dir = new URL("../golden/server_list/", import.meta.url);
  let n = 0;
  for await (const e of Deno.readDir(dir)) {
    if (!e.name.endsWith(".json") || e.name === "requests.json") continue;
    const g = JSON.parse(await Deno.readTextFile(new URL(e.name, dir)));
    assert.ok(Array.isArray(g.argv), e.name);
    assert.equal(typeof g.exit_code, "number", e.name);
    assert.ok("stdout" in g || "stdout_base64" in g, e.name);
    n++;
  }
  assert.ok(n >= 21, `only ${n} golden cases`);
});
