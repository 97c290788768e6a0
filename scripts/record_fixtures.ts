/**
 * Records real OpenStack responses into tests/fixtures/*.json.
 *
 *   deno run -A scripts/record_fixtures.ts [--cloud admin] [--member-cloud demo] [--out tests/fixtures]
 *
 * Reads the clouds from $OS_CLIENT_CONFIG_FILE (default /var/tmp/oscloud/clouds.yaml),
 * authenticates with plain fetch (password method) and stores, for each case, the
 * request (method, path relative to the service root, request headers that matter)
 * and the response (status, relevant headers, body). Bodies keep the key order the
 * service sent (it is deterministic and the fake cloud uses it as its template);
 * headers are stored lower-cased and sorted. Volatile values that are secrets
 * (X-Subject-Token) are replaced by "<token>"; other volatile values (request ids,
 * token timestamps, audit ids) stay as recorded.
 *
 * It creates one temporary application credential (to record that token shape)
 * and deletes it again; nothing else on the cloud is changed.
 */
import yaml from "js-yaml";

interface CloudAuth {
  auth_url: string;
  username: string;
  password: string;
  project_name: string;
  user_domain_name?: string;
  project_domain_name?: string;
}

const args = Deno.args;
function arg(name: string, dflt: string): string {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
}
const cloudName = arg("--cloud", "admin");
const memberCloudName = arg("--member-cloud", "demo");
const outDir = arg("--out", new URL("../tests/fixtures/", import.meta.url).pathname);
const configFile = Deno.env.get("OS_CLIENT_CONFIG_FILE") ?? "/var/tmp/oscloud/clouds.yaml";

const KEEP_HEADERS = new Set([
  "content-type",
  "location",
  "openstack-api-version",
  "vary",
  "www-authenticate",
  "x-compute-request-id",
  "x-openstack-nova-api-version",
  "x-openstack-request-id",
  "x-subject-token",
]);

function loadCloud(name: string): CloudAuth {
  const doc = yaml.load(Deno.readTextFileSync(configFile)) as {
    clouds: Record<string, { auth: CloudAuth }>;
  };
  const c = doc.clouds[name];
  if (!c) throw new Error(`cloud ${name} not in ${configFile}`);
  const auth = { ...c.auth };
  // Same environment overrides the python client honours.
  auth.password = Deno.env.get("OS_PASSWORD") ?? auth.password;
  return auth;
}

interface Recorded {
  description: string;
  request: { method: string; path: string; headers?: Record<string, string>; body?: unknown };
  response: { status: number; headers: Record<string, string>; body: unknown };
}

function pickHeaders(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  const names = [...h.keys()].filter((k) => KEEP_HEADERS.has(k)).sort();
  for (const k of names) {
    out[k] = k === "x-subject-token" ? "<token>" : h.get(k)!;
  }
  return out;
}

async function call(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<{ res: Response; text: string }> {
  const url = base.replace(/\/+$/, "") + path;
  const h: Record<string, string> = { Accept: "application/json", ...headers };
  if (body !== undefined) h["Content-Type"] = "application/json";
  const res = await fetch(url, {
    method,
    headers: h,
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: "manual",
  });
  const text = await res.text();
  return { res, text };
}

function redactBody(v: unknown): unknown {
  // Secrets in bodies: application credential secrets.
  if (Array.isArray(v)) return v.map(redactBody);
  if (v && typeof v === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) {
      if (k === "secret") o[k] = "<secret>";
      else if (k === "token" && val && typeof val === "object" && "id" in val) {
        o[k] = { ...(val as object), id: "<token>" };
      } else o[k] = redactBody(val);
    }
    return o;
  }
  return v;
}

const written: string[] = [];
async function record(
  file: string,
  description: string,
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<{ res: Response; json: unknown }> {
  const { res, text } = await call(base, method, path, headers, body);
  let parsed: unknown = text;
  const ct = res.headers.get("content-type") ?? "";
  if (ct.includes("json") && text.length > 0) parsed = JSON.parse(text);
  const reqHeaders: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    reqHeaders[k] = k.toLowerCase() === "x-auth-token" ? "<token>" : v;
  }
  const rec: Recorded = {
    description,
    request: {
      method,
      path,
      ...(Object.keys(reqHeaders).length ? { headers: reqHeaders } : {}),
      ...(body !== undefined ? { body: redactBody(body) } : {}),
    },
    response: { status: res.status, headers: pickHeaders(res.headers), body: redactBody(parsed) },
  };
  await Deno.writeTextFile(`${outDir}/${file}.json`, JSON.stringify(rec, null, 2) + "\n");
  written.push(file);
  return { res, json: parsed };
}

function passwordAuth(c: CloudAuth, scope?: unknown, password = c.password): unknown {
  return {
    auth: {
      identity: {
        methods: ["password"],
        password: {
          user: {
            name: c.username,
            domain: { name: c.user_domain_name ?? "Default" },
            password,
          },
        },
      },
      ...(scope ? { scope } : {}),
    },
  };
}

function projectScope(c: CloudAuth, name = c.project_name): unknown {
  return { project: { name, domain: { name: c.project_domain_name ?? "Default" } } };
}

interface TokenBody {
  token: {
    user: { id: string };
    project?: { id: string };
    catalog?: {
      type: string;
      endpoints: { interface: string; url: string; region_id: string }[];
    }[];
  };
}

function endpoint(tok: TokenBody, type: string): string {
  const svc = tok.token.catalog?.find((s) => s.type === type);
  const ep = svc?.endpoints.find((e) => e.interface === "public");
  if (!ep) throw new Error(`no public ${type} endpoint`);
  return ep.url;
}

function rootOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}

async function main() {
  await Deno.mkdir(outDir, { recursive: true });
  const admin = loadCloud(cloudName);
  const member = loadCloud(memberCloudName);
  const ks = admin.auth_url.replace(/\/v3\/?$/, "");

  // ---- Keystone -------------------------------------------------------------------
  await record("keystone_root", "Keystone GET / (version discovery)", ks, "GET", "/");
  await record("keystone_v3", "Keystone GET /v3 (version document)", ks, "GET", "/v3");
  const tokRes = await record(
    "keystone_auth_password_project",
    "POST /v3/auth/tokens, password method, project scope (token with catalog)",
    ks,
    "POST",
    "/v3/auth/tokens",
    {},
    passwordAuth(admin, projectScope(admin)),
  );
  if (tokRes.res.status !== 201) throw new Error(`admin auth failed: ${tokRes.res.status}`);
  const token = tokRes.res.headers.get("x-subject-token")!;
  const tok = tokRes.json as TokenBody;
  const projectId = tok.token.project!.id;
  const userId = tok.token.user.id;

  await record(
    "keystone_auth_wrong_password",
    "POST /v3/auth/tokens with a wrong password",
    ks,
    "POST",
    "/v3/auth/tokens",
    {},
    passwordAuth(admin, projectScope(admin), "wrong-password"),
  );
  await record(
    "keystone_auth_unknown_project",
    "POST /v3/auth/tokens scoped to a project that does not exist (Keystone answers 401)",
    ks,
    "POST",
    "/v3/auth/tokens",
    {},
    passwordAuth(admin, projectScope(admin, "no-such-project")),
  );
  await record(
    "keystone_project_not_found",
    "GET /v3/projects/{unknown}: Keystone's 404 error body",
    ks,
    "GET",
    "/v3/projects/no-such-project",
    { "X-Auth-Token": token },
  );
  await record(
    "keystone_auth_password_domain",
    "POST /v3/auth/tokens, password method, domain scope (401 when the user has no role on the domain)",
    ks,
    "POST",
    "/v3/auth/tokens",
    {},
    passwordAuth(admin, { domain: { name: admin.user_domain_name ?? "Default" } }),
  );
  await record(
    "keystone_auth_password_system",
    "POST /v3/auth/tokens, password method, system scope",
    ks,
    "POST",
    "/v3/auth/tokens",
    {},
    passwordAuth(admin, { system: { all: true } }),
  );
  await record(
    "keystone_auth_password_unscoped",
    "POST /v3/auth/tokens, password method, no scope (admin has no default project)",
    ks,
    "POST",
    "/v3/auth/tokens",
    {},
    passwordAuth(admin),
  );
  await record(
    "keystone_auth_token_method",
    "POST /v3/auth/tokens, token method re-scoped to the project",
    ks,
    "POST",
    "/v3/auth/tokens",
    {},
    {
      auth: {
        identity: { methods: ["token"], token: { id: token } },
        scope: projectScope(admin),
      },
    },
  );
  // Application credential: created for the recording, deleted afterwards.
  const acName = "fixture-recorder";
  const existing = await call(ks, "GET", `/v3/users/${userId}/application_credentials`, {
    "X-Auth-Token": token,
  });
  for (
    const ac of (JSON.parse(existing.text).application_credentials ?? []) as {
      id: string;
      name: string;
    }[]
  ) {
    if (ac.name === acName) {
      await call(ks, "DELETE", `/v3/users/${userId}/application_credentials/${ac.id}`, {
        "X-Auth-Token": token,
      });
    }
  }
  const acSecret = "fixture-recorder-secret";
  const created = await call(ks, "POST", `/v3/users/${userId}/application_credentials`, {
    "X-Auth-Token": token,
  }, { application_credential: { name: acName, secret: acSecret } });
  if (created.res.status !== 201) throw new Error(`app cred create: ${created.text}`);
  const acId = (JSON.parse(created.text) as { application_credential: { id: string } })
    .application_credential.id;
  try {
    await record(
      "keystone_auth_application_credential",
      "POST /v3/auth/tokens, application_credential method (by id)",
      ks,
      "POST",
      "/v3/auth/tokens",
      {},
      {
        auth: {
          identity: {
            methods: ["application_credential"],
            application_credential: { id: acId, secret: acSecret },
          },
        },
      },
    );
  } finally {
    await call(ks, "DELETE", `/v3/users/${userId}/application_credentials/${acId}`, {
      "X-Auth-Token": token,
    });
  }

  // Member token, for the non-admin server view.
  const mt = await call(
    ks,
    "POST",
    "/v3/auth/tokens",
    {},
    passwordAuth(member, projectScope(member)),
  );
  if (mt.res.status !== 201) throw new Error(`member auth failed: ${mt.res.status}`);
  const memberToken = mt.res.headers.get("x-subject-token")!;

  // ---- Nova ------------------------------------------------------------------------
  const compute = endpoint(tok, "compute"); // http://host:8774/v2.1
  const novaRoot = rootOf(compute);
  const nv = new URL(compute).pathname.replace(/\/+$/, ""); // /v2.1
  const auth = { "X-Auth-Token": token };
  const v21 = { ...auth, "OpenStack-API-Version": "compute 2.1" };
  const vdoc = await record("nova_root", "Nova GET / (versions)", novaRoot, "GET", "/");
  const maxVersion = (vdoc.json as { versions: { id: string; version: string }[] }).versions
    .find((v) => v.id === "v2.1")!.version;
  const vmax = { ...auth, "OpenStack-API-Version": `compute ${maxVersion}` };
  await record("nova_v2.1", "Nova GET /v2.1 (version document)", novaRoot, "GET", nv);
  await record(
    "nova_servers_detail_v2.1",
    "GET /servers/detail at microversion 2.1 (admin token)",
    novaRoot,
    "GET",
    `${nv}/servers/detail`,
    v21,
  );
  const detailMax = await record(
    "nova_servers_detail_max",
    `GET /servers/detail at the maximum microversion ${maxVersion} (admin token)`,
    novaRoot,
    "GET",
    `${nv}/servers/detail`,
    vmax,
  );
  await record(
    "nova_servers_detail_max_member",
    `GET /servers/detail at ${maxVersion} with a member (non-admin) token`,
    novaRoot,
    "GET",
    `${nv}/servers/detail`,
    { "X-Auth-Token": memberToken, "OpenStack-API-Version": `compute ${maxVersion}` },
  );
  await record(
    "nova_servers_detail_limit1",
    "GET /servers/detail?limit=1 (servers_links with rel=next)",
    novaRoot,
    "GET",
    `${nv}/servers/detail?limit=1`,
    v21,
  );
  await record(
    "nova_servers_limit1",
    "GET /servers?limit=1 (the non-detail list)",
    novaRoot,
    "GET",
    `${nv}/servers?limit=1`,
    v21,
  );
  const servers = (detailMax.json as { servers: { id: string; name: string }[] }).servers;
  const firstServer = [...servers].sort((a, b) => a.name.localeCompare(b.name))[0];
  await record(
    "nova_server_show_v2.1",
    "GET /servers/{id} at 2.1",
    novaRoot,
    "GET",
    `${nv}/servers/${firstServer.id}`,
    v21,
  );
  await record(
    "nova_server_show_max",
    `GET /servers/{id} at ${maxVersion}`,
    novaRoot,
    "GET",
    `${nv}/servers/${firstServer.id}`,
    vmax,
  );
  await record(
    "nova_server_not_found",
    "GET /servers/{unknown}",
    novaRoot,
    "GET",
    `${nv}/servers/no-such-server`,
    v21,
  );
  await record(
    "nova_marker_not_found",
    "GET /servers/detail?marker={unknown}",
    novaRoot,
    "GET",
    `${nv}/servers/detail?marker=no-such-server`,
    v21,
  );
  await record(
    "nova_bad_limit",
    "GET /servers/detail?limit=abc",
    novaRoot,
    "GET",
    `${nv}/servers/detail?limit=abc`,
    v21,
  );
  await record(
    "nova_all_tenants_forbidden",
    "GET /servers/detail?all_tenants=1 with a member token",
    novaRoot,
    "GET",
    `${nv}/servers/detail?all_tenants=1`,
    { "X-Auth-Token": memberToken, "OpenStack-API-Version": "compute 2.1" },
  );
  await record(
    "nova_version_not_acceptable",
    "GET /servers/detail with an unsupported microversion",
    novaRoot,
    "GET",
    `${nv}/servers/detail`,
    { ...auth, "OpenStack-API-Version": "compute 2.999" },
  );
  await record(
    "nova_version_invalid",
    "GET /servers/detail with a malformed microversion",
    novaRoot,
    "GET",
    `${nv}/servers/detail`,
    { ...auth, "OpenStack-API-Version": "compute 2.x" },
  );
  await record(
    "nova_no_token",
    "GET /servers/detail without X-Auth-Token (keystonemiddleware 401)",
    novaRoot,
    "GET",
    `${nv}/servers/detail`,
  );
  await record(
    "nova_flavors_detail_v2.1",
    "GET /flavors/detail at 2.1",
    novaRoot,
    "GET",
    `${nv}/flavors/detail`,
    v21,
  );
  await record(
    "nova_flavors_detail_max",
    `GET /flavors/detail at ${maxVersion}`,
    novaRoot,
    "GET",
    `${nv}/flavors/detail`,
    vmax,
  );
  await record(
    "nova_flavors_limit1",
    "GET /flavors?limit=1 (flavors_links)",
    novaRoot,
    "GET",
    `${nv}/flavors?limit=1`,
    v21,
  );
  await record("nova_flavor_show", "GET /flavors/1", novaRoot, "GET", `${nv}/flavors/1`, v21);
  await record(
    "nova_flavor_not_found",
    "GET /flavors/{unknown}",
    novaRoot,
    "GET",
    `${nv}/flavors/no-such-flavor`,
    v21,
  );

  // ---- Glance ----------------------------------------------------------------------
  const image = endpoint(tok, "image").replace(/\/+$/, "");
  await record("glance_root", "Glance GET / (versions, 300)", image, "GET", "/");
  const imgs = await record("glance_images", "GET /v2/images", image, "GET", "/v2/images", auth);
  await record(
    "glance_images_limit1",
    "GET /v2/images?limit=1 (next link)",
    image,
    "GET",
    "/v2/images?limit=1",
    auth,
  );
  const imageId = (imgs.json as { images: { id: string }[] }).images[0].id;
  await record(
    "glance_image_show",
    "GET /v2/images/{id}",
    image,
    "GET",
    `/v2/images/${imageId}`,
    auth,
  );
  await record(
    "glance_image_not_found",
    "GET /v2/images/{unknown} (Accept: application/json gives a JSON body)",
    image,
    "GET",
    "/v2/images/00000000-0000-0000-0000-000000000000",
    auth,
  );
  await record(
    "glance_no_token",
    "GET /v2/images without X-Auth-Token (Accept: application/json gives a JSON body)",
    image,
    "GET",
    "/v2/images",
  );
  await record(
    "glance_image_not_found_html",
    "GET /v2/images/{unknown} with Accept: */* (HTML body)",
    image,
    "GET",
    "/v2/images/00000000-0000-0000-0000-000000000000",
    { ...auth, Accept: "*/*" },
  );

  console.log(`recorded ${written.length} fixtures into ${outDir} (project ${projectId})`);
}

await main();
