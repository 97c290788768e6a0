/**
 * The fault matrix: `openstack server list` as a subprocess (the compile's
 * permission flags) against the fake cloud with one fault injected per case;
 * then every registered command, in process, under the faults any command can
 * meet (see "every command" below).
 *
 * Every case runs twice, plain and with --debug, each in fresh XDG dirs, and
 * checks: the exit code; on failure exactly one line on stderr, nothing on
 * stdout and no stack trace (more lines with --debug, the same error among
 * them); the number of attempts the fake saw; and that no sentinel secret
 * (password, any token issued) is in stdout, stderr or any file written.
 *
 * The last test prints the matrix (markdown) and the figures for
 * docs/reliability.md: grep "RELIABILITY" in the output.
 */
import { ok, strictEqual } from "node:assert";
import type { FakeCloud, FakeCloudOptions, FaultHooks } from "../fake_cloud/server.ts";
import { run } from "../../src/cli/run.ts";
import { registry } from "../../src/registry.gen.ts";
import { allSpecs, type CommandSpec, minimalArgv } from "../helpers/command_specs.ts";
import { fakeDeps } from "../helpers/fake_deps.ts";
import { cases as parityCases } from "../parity/cases.ts";
import {
  closedPort,
  empty,
  type FaultPlan,
  faultPlan,
  type FaultRule,
  hang,
  html,
  mutateJson,
  reset,
  revokeToken,
  status,
  truncate,
  withoutService,
} from "../fake_cloud/faults.ts";
import { makeSelfSignedCert } from "../fake_cloud/tls.ts";
import {
  assertCleanFailure,
  assertDebugFailure,
  assertNoLeak,
  assertNoLeakInFiles,
  errorLines,
  figures,
  type Outcome,
  passwordEnv,
  printFigure,
  runOurs,
  type Sandbox,
  sandbox,
  startSentinelCloud,
  within,
} from "./helpers.ts";

const opts = { sanitizeResources: false, sanitizeOps: false };
const LIST = ["server", "list", "-f", "value", "-c", "Name"];
const DETAIL = /\/compute\/v2\.1\/servers\/detail$/;

interface Row {
  case: string;
  fault: string;
  exit: number;
  attempts: string;
  observed: string;
  ms: number;
}
const rows: Row[] = [];
let injected = 0;
let survived = 0;
let recovered = 0;

interface Run {
  out: Outcome;
  cloud: FakeCloud;
  plan: FaultPlan;
  box: Sandbox;
  ms: number;
}

interface CaseSpec {
  name: string;
  /** Short description of the fault for the table. */
  fault: string;
  rules?: FaultRule[];
  cloud?: FakeCloudOptions;
  argv?: string[];
  /** Leave out the OS_* password variables (the case configures auth itself). */
  noPasswordEnv?: boolean;
  /** Extra environment (after the password variables). */
  env?: (
    cloud: FakeCloud,
    box: Sandbox,
  ) => Record<string, string> | Promise<Record<string, string>>;
  /** Before the measured run (e.g. warm the token cache). */
  prepare?: (cloud: FakeCloud, box: Sandbox, env: Record<string, string>) => Promise<void>;
  /** Run after prepare, before the measured run (e.g. revoke tokens). */
  arm?: (cloud: FakeCloud, plan: FaultPlan) => void;
  expectExit: number;
  /** Checks on the plain run's outcome (the line, the request log). */
  check: (r: Run, line: string) => void;
  /** How many attempts the request under test saw, for the table. */
  attempts?: (r: Run) => string;
}

function countRequests(cloud: FakeCloud, method: string, path: RegExp): number {
  return cloud.requests.filter((q) => q.method === method && path.test(q.path.split("?")[0]))
    .length;
}
const detailCount = (r: Run) => countRequests(r.cloud, "GET", DETAIL);
const authCount = (r: Run) => countRequests(r.cloud, "POST", /\/auth\/tokens$/);

async function runOnce(spec: CaseSpec, debug: boolean): Promise<Run> {
  const plan = faultPlan(...(spec.rules ?? []));
  const cloud = await startSentinelCloud({ ...spec.cloud, faults: plan });
  plan.revoke = cloud.revokeToken;
  const box = await sandbox();
  try {
    const env = {
      ...box.env,
      ...(spec.noPasswordEnv ? {} : passwordEnv(cloud)),
      ...(await spec.env?.(cloud, box)),
    };
    if (spec.prepare) {
      plan.paused = true;
      await spec.prepare(cloud, box, env);
      plan.paused = false;
      cloud.clearRequests();
    }
    spec.arm?.(cloud, plan);
    const argv = [...(spec.argv ?? LIST), ...(debug ? ["--debug"] : [])];
    const t0 = performance.now();
    const out = await runOurs(argv, env);
    const ms = Math.round(performance.now() - t0);
    const tokens = cloud.issuedTokens();
    assertNoLeak(out, `${spec.name}${debug ? " --debug" : ""}`, tokens);
    await assertNoLeakInFiles(box, tokens);
    return { out, cloud, plan, box, ms };
  } finally {
    await cloud.close();
  }
}

function matrixCase(spec: CaseSpec) {
  Deno.test({ name: `fault: ${spec.name}`, ...opts }, async () => {
    const [plain, debug] = await Promise.all([runOnce(spec, false), runOnce(spec, true)]);
    try {
      let line: string;
      if (spec.expectExit === 0) {
        strictEqual(plain.out.code, 0, `${spec.name}: ${plain.out.stderr}`);
        ok(plain.out.stdout.includes("server-1"), plain.out.stdout);
        ok(!/^\s+at /m.test(plain.out.stderr), plain.out.stderr);
        strictEqual(debug.out.code, 0, debug.out.stderr.slice(-2000));
        line = plain.out.stderr.trim().split("\n")[0] ?? "";
        recovered++;
      } else {
        line = assertCleanFailure(plain.out, spec.name, spec.expectExit);
        assertDebugFailure(debug.out, line, spec.name, spec.expectExit);
      }
      spec.check(plain, line);
      injected += plain.plan.injected + debug.plan.injected;
      survived += plain.plan.injected + debug.plan.injected;
      rows.push({
        case: spec.name,
        fault: spec.fault,
        exit: plain.out.code,
        attempts: spec.attempts?.(plain) ?? "",
        observed: line.replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:PORT").replace(
          /req-[0-9a-f-]{36}|req-fault-\d+/g,
          "req-…",
        ) || "(success)",
        ms: plain.ms,
      });
    } finally {
      await plain.box.cleanup();
      await debug.box.cleanup();
    }
  });
}

// ---- 5xx on a GET: bounded retries, then a clear error -------------------------------------

for (const code of [500, 502, 503, 504]) {
  matrixCase({
    name: `${code} on every GET /servers/detail`,
    fault: `HTTP ${code} (JSON body)`,
    rules: [{ method: "GET", path: DETAIL, fault: status(code) }],
    expectExit: 1,
    check: (r, line) => {
      strictEqual(detailCount(r), 3, "1 attempt + 2 retries");
      ok(line.includes(`(HTTP ${code})`), line);
      ok(/Request-ID: req-fault-\d+/.test(line), line);
      ok(line.endsWith("gave up after 3 attempts"), line);
    },
    attempts: (r) => String(detailCount(r)),
  });
}

matrixCase({
  name: "503 twice on GET, then OK",
  fault: "HTTP 503 ×2 (transient)",
  rules: [{ method: "GET", path: DETAIL, times: 2, fault: status(503) }],
  expectExit: 0,
  check: (r) => strictEqual(detailCount(r), 3),
  attempts: (r) => String(detailCount(r)),
});

matrixCase({
  name: "HTML 502 page from a proxy on GET",
  fault: "HTTP 502, text/html page",
  rules: [{ method: "GET", path: DETAIL, fault: html(502) }],
  expectExit: 1,
  check: (r, line) => {
    strictEqual(detailCount(r), 3);
    ok(line.startsWith("502 Bad Gateway (HTTP 502)"), line);
    ok(!line.includes("<"), "no markup in the message");
  },
  attempts: (r) => String(detailCount(r)),
});

// ---- non-idempotent requests are not retried ----------------------------------------------

for (const code of [500, 503]) {
  matrixCase({
    name: `${code} on POST /auth/tokens`,
    fault: `HTTP ${code} on POST`,
    rules: [{ method: "POST", fault: status(code) }],
    expectExit: 1,
    check: (r, line) => {
      strictEqual(authCount(r), 1, "a POST is not retried");
      ok(line.includes(`(HTTP ${code})`) && !line.includes("attempts"), line);
    },
    attempts: (r) => String(authCount(r)),
  });
}

// ---- 429 and Retry-After ---------------------------------------------------------------------

matrixCase({
  name: "429 with Retry-After: 1, then OK",
  fault: "HTTP 429, Retry-After: 1",
  rules: [{
    method: "GET",
    path: DETAIL,
    times: 1,
    fault: status(429, { headers: { "retry-after": "1" } }),
  }],
  expectExit: 0,
  check: (r) => {
    strictEqual(detailCount(r), 2);
    ok(r.ms >= 1000, `waited the second the server asked for (${r.ms} ms)`);
  },
  attempts: (r) => String(detailCount(r)),
});

matrixCase({
  name: "429 with Retry-After: 3600",
  fault: "HTTP 429, Retry-After: 3600",
  rules: [{
    method: "GET",
    path: DETAIL,
    fault: status(429, { headers: { "retry-after": "3600" } }),
  }],
  expectExit: 1,
  check: (r, line) => {
    strictEqual(detailCount(r), 1, "no point waiting an hour: fail now");
    ok(line.includes("(HTTP 429)") && line.includes("retry after 3600 s"), line);
    ok(r.ms < 5000, `${r.ms} ms`);
  },
  attempts: (r) => String(detailCount(r)),
});

// ---- the network ------------------------------------------------------------------------------

matrixCase({
  name: "connection refused",
  fault: "nothing listens on the auth URL's port",
  env: () => ({ OS_AUTH_URL: `http://127.0.0.1:${closedPort()}/identity/v3` }),
  expectExit: 1,
  check: (_r, line) => {
    ok(
      /^Unable to establish connection to http:\/\/127\.0\.0\.1:\d+\/identity\/v3\/auth\/tokens: connection refused$/
        .test(line),
      line,
    );
  },
  attempts: () => "3 (never sent)",
});

matrixCase({
  name: "connection reset mid-body on every GET",
  fault: "headers, part of the body, then the connection drops",
  rules: [{ method: "GET", path: DETAIL, fault: reset() }],
  expectExit: 1,
  check: (r, line) => {
    strictEqual(detailCount(r), 3);
    ok(line.includes("was lost before the response was complete"), line);
  },
  attempts: (r) => String(detailCount(r)),
});

matrixCase({
  name: "connection reset mid-body once, then OK",
  fault: "reset ×1 (transient)",
  rules: [{ method: "GET", path: DETAIL, times: 1, fault: reset() }],
  expectExit: 0,
  check: (r) => strictEqual(detailCount(r), 2),
  attempts: (r) => String(detailCount(r)),
});

matrixCase({
  name: "a server that never answers, --os-timeout 1",
  fault: "GET /servers/detail never answered",
  rules: [{ method: "GET", path: DETAIL, fault: hang() }],
  argv: [...LIST, "--os-timeout", "1"],
  expectExit: 1,
  check: (r, line) => {
    ok(line.startsWith("Timed out after 1 s waiting for http://127.0.0.1:"), line);
    strictEqual(detailCount(r), 1, "a timeout is not retried");
    ok(r.ms < 5000, `ended by the timeout (${r.ms} ms)`);
  },
  attempts: (r) => String(detailCount(r)),
});

matrixCase({
  name: "Keystone never answers, api_timeout: 1 in clouds.yaml",
  fault: "POST /auth/tokens never answered; clouds.yaml api_timeout: 1",
  rules: [{ method: "POST", fault: hang() }],
  env: async (cloud, box) => {
    const file = `${box.dir}/clouds.yaml`;
    await Deno.writeTextFile(
      file,
      `clouds:\n  c:\n    api_timeout: 1\n    auth:\n      auth_url: ${cloud.authUrl}\n` +
        `      username: admin\n      password: "${passwordEnv(cloud).OS_PASSWORD}"\n` +
        `      project_name: admin\n      user_domain_name: Default\n      project_domain_name: Default\n`,
      { mode: 0o600 },
    );
    return { OS_CLIENT_CONFIG_FILE: file, OS_CLOUD: "c" };
  },
  noPasswordEnv: true,
  expectExit: 1,
  check: (r, line) => {
    ok(line.startsWith("Timed out after 1 s waiting for"), line);
    ok(r.ms < 5000, `${r.ms} ms`);
  },
  attempts: (r) => String(authCount(r)),
});

// ---- bodies that are not what was asked for -----------------------------------------------

matrixCase({
  name: "truncated JSON",
  fault: "200, JSON cut in half",
  rules: [{ method: "GET", path: DETAIL, fault: truncate() }],
  expectExit: 1,
  check: (_r, line) => {
    ok(line.includes("(HTTP 200)") && line.endsWith("invalid or truncated JSON"), line);
    ok(/Request-ID: req-/.test(line), line);
  },
  attempts: (r) => String(detailCount(r)),
});

matrixCase({
  name: "HTML page with 200 where JSON was expected",
  fault: "200, text/html (captive portal, wrong endpoint)",
  rules: [{ method: "GET", path: DETAIL, fault: html(200) }],
  expectExit: 1,
  check: (_r, line) => ok(line.endsWith("(HTTP 200): text/html instead of JSON"), line),
  attempts: (r) => String(detailCount(r)),
});

matrixCase({
  name: "empty body where JSON was expected",
  fault: "200, empty body",
  rules: [{ method: "GET", path: DETAIL, fault: empty() }],
  expectExit: 1,
  check: (_r, line) => ok(/^Empty response from .* where JSON was expected$/.test(line), line),
  attempts: (r) => String(detailCount(r)),
});

matrixCase({
  name: "empty body from Keystone",
  fault: "201 without a body on POST /auth/tokens",
  rules: [{ method: "POST", fault: empty() }],
  expectExit: 1,
  check: (_r, line) => strictEqual(line, "Keystone returned no token"),
  attempts: (r) => String(authCount(r)),
});

matrixCase({
  name: "JSON of the wrong shape",
  fault: `200, {"servers": "oops"}`,
  rules: [{ method: "GET", path: DETAIL, fault: mutateJson(() => ({ servers: "oops" })) }],
  expectExit: 1,
  check: (_r, line) => ok(line.includes("servers"), line),
  attempts: (r) => String(detailCount(r)),
});

// ---- authentication -----------------------------------------------------------------------

matrixCase({
  name: "401 on a token just issued",
  fault: "token revoked right after it was issued",
  rules: [{ method: "GET", path: DETAIL, times: 1, fault: revokeToken() }],
  expectExit: 1,
  check: (r, line) => {
    strictEqual(authCount(r), 1, "a token we just got is not retried");
    ok(line.startsWith("The request you have made requires authentication. (HTTP 401)"), line);
    ok(/Request-ID: req-/.test(line), line);
  },
  attempts: (r) => `${authCount(r)} auth`,
});

matrixCase({
  name: "401 on a cached token (revoked since), re-authenticates once",
  fault: "token from the cache revoked",
  prepare: async (cloud, _box, env) => {
    const warm = await runOurs(LIST, env);
    strictEqual(warm.code, 0, warm.stderr);
    for (const t of cloud.issuedTokens()) cloud.revokeToken(t);
  },
  expectExit: 0,
  check: (r) => strictEqual(authCount(r), 1, "one re-authentication"),
  attempts: (r) => `${authCount(r)} re-auth`,
});

matrixCase({
  name: "401 on every request with a cached token",
  fault: "cached token refused, new token refused too",
  prepare: async (_cloud, _box, env) => {
    const warm = await runOurs(LIST, env);
    strictEqual(warm.code, 0, warm.stderr);
  },
  rules: [{
    method: "GET",
    path: DETAIL,
    fault: status(401, {
      body: JSON.stringify({
        error: {
          code: 401,
          message: "The request you have made requires authentication.",
          title: "Unauthorized",
        },
      }),
    }),
  }],
  expectExit: 1,
  check: (r, line) => {
    strictEqual(authCount(r), 1, "exactly one re-authentication, then the error");
    ok(line.startsWith("The request you have made requires authentication. (HTTP 401)"), line);
  },
  attempts: (r) => `${authCount(r)} re-auth`,
});

matrixCase({
  name: "wrong password",
  fault: "Keystone 401 on POST /auth/tokens",
  env: () => ({ OS_PASSWORD: "Sntl-WRONG-password-do-not-print" }),
  expectExit: 1,
  check: (_r, line) =>
    ok(line.startsWith("The request you have made requires authentication. (HTTP 401)"), line),
  attempts: (r) => String(authCount(r)),
});

const apiError = (code: number, key: string, message: string): FaultRule => ({
  method: "GET",
  path: DETAIL,
  fault: status(code, {
    body: JSON.stringify({ [key]: { code, message } }),
    headers: { "x-compute-request-id": "req-11111111-2222-4333-8444-555555555555" },
  }),
});

for (
  const [code, key, message] of [
    [403, "forbidden", "Policy doesn't allow os_compute_api:servers:detail to be performed."],
    [404, "itemNotFound", "The resource could not be found."],
    [409, "conflictingRequest", "Cannot 'list' instance while it is in task_state migrating"],
  ] as const
) {
  matrixCase({
    name: `${code} with the API's message`,
    fault: `HTTP ${code}, Nova error body`,
    rules: [apiError(code, key, message)],
    expectExit: 1,
    check: (r, line) => {
      strictEqual(detailCount(r), 1, "not retried");
      ok(line.startsWith(`${message} (HTTP ${code}) (Request-ID: req-fault-`), line);
    },
    attempts: (r) => String(detailCount(r)),
  });
}

// ---- catalog ------------------------------------------------------------------------------

matrixCase({
  name: "catalog without compute",
  fault: "token's catalog has no compute service",
  rules: [withoutService("compute")],
  expectExit: 1,
  check: (_r, line) => strictEqual(line, "public endpoint for compute service not found"),
});

matrixCase({
  name: "region not in the catalog",
  fault: "--os-region-name Nowhere",
  argv: [...LIST, "--os-region-name", "Nowhere"],
  expectExit: 1,
  check: (_r, line) =>
    ok(
      /^Region Nowhere is not a valid region for compute; valid regions: RegionOne$/.test(line),
      line,
    ),
});

matrixCase({
  name: "catalog without image (names not looked up)",
  fault: "token's catalog has no image service",
  rules: [withoutService("image")],
  expectExit: 0,
  check: () => {},
});

// ---- TLS ------------------------------------------------------------------------------------

const selfSigned = await makeSelfSignedCert();
const tlsCloud = selfSigned ? { tls: selfSigned } : undefined;
const caFile = async (box: Sandbox) => {
  const f = `${box.dir}/ca.pem`;
  await Deno.writeTextFile(f, selfSigned!.cert);
  return f;
};

if (tlsCloud) {
  matrixCase({
    name: "TLS: self-signed certificate, no --os-cacert",
    fault: "HTTPS with a self-signed certificate",
    cloud: tlsCloud,
    expectExit: 1,
    check: (_r, line) => {
      ok(line.startsWith("SSL certificate error talking to https://127.0.0.1:"), line);
      ok(line.includes("--os-cacert") && line.includes("--insecure"), "the hint: " + line);
    },
  });
  matrixCase({
    name: "TLS: self-signed certificate with --os-cacert",
    fault: "the same, trusted with --os-cacert",
    cloud: tlsCloud,
    env: async (_c, box) => ({ OS_CACERT: await caFile(box) }),
    expectExit: 0,
    check: (r) => strictEqual(r.out.stderr, ""),
  });
  matrixCase({
    name: "TLS: self-signed certificate with --insecure",
    fault: "the same, --insecure",
    cloud: tlsCloud,
    argv: [...LIST, "--insecure"],
    expectExit: 0,
    check: (r, line) => {
      ok(line.startsWith("WARNING: TLS certificate verification is disabled"), line);
      strictEqual(r.out.stderr.trim().split("\n").length, 1, r.out.stderr);
    },
  });
  matrixCase({
    name: "TLS: --os-cacert file holds no certificate",
    fault: "--os-cacert pointing at a non-PEM file",
    cloud: tlsCloud,
    env: async (_c, box) => {
      await Deno.writeTextFile(`${box.dir}/junk.pem`, "not a certificate\n");
      return { OS_CACERT: `${box.dir}/junk.pem` };
    },
    expectExit: 1,
    check: (_r, line) =>
      strictEqual(line, "The CA bundle (--os-cacert / cacert) holds no PEM certificate"),
  });
  matrixCase({
    name: "TLS + --insecure: connection reset mid-body",
    fault: "reset on every GET, through --insecure's client",
    cloud: tlsCloud,
    rules: [{ method: "GET", path: DETAIL, fault: reset() }],
    argv: [...LIST, "--insecure"],
    expectExit: 1,
    check: (r, line) => {
      strictEqual(detailCount(r), 3);
      ok(line.includes("was lost before the response was complete"), line);
    },
    attempts: (r) => String(detailCount(r)),
  });
} else {
  Deno.test({ name: "fault: TLS cases", ignore: true }, () => {});
}

// ---- every command ------------------------------------------------------------------------
//
// Each registered command (its option interface: tests/helpers/command_specs.ts) runs in process
// (`run()`, the fake cloud answering without sockets) once per fault below, plain and with
// --debug. Its argv is the smallest its interface allows (words and required positionals, named
// after the seeded resources) or, when that does not get it to the cloud, one of its parity cases.
// Transport faults that do not depend on the command (timeouts, TLS, refused connections) are the
// subprocess cases above.

interface CommandFault {
  name: string;
  rule: FaultRule;
  /** The command must fail (exit 1) when the fault reached it; else exit 0 is allowed too. */
  mustFail: boolean;
}

/** Commands that exit 0 on a fault as python's do, and why. */
const EXIT_0_ON_403: Record<string, (fault: string) => boolean> = {
  // a 403 (or 404) on the membership check means "not in group": a line on stderr, exit 0
  "group contains user": (fault) => fault.startsWith("403"),
  // python too: a service that fails is a warning (its extensions left out), only the login counts
  "extension list": (fault) => fault !== "503 from Keystone",
  // keystoneauth's version discovery skips an endpoint that fails, as python's does
  "versions show": (fault) => fault !== "503 from Keystone",
  // python logs each volume it could not look up, whatever the reason, and sends nothing when
  // none was found: exit 0
  "consistency group add volume": (fault) => fault !== "503 from Keystone",
  "consistency group remove volume": (fault) => fault !== "503 from Keystone",
};

const NOT_AUTH = (p: string) => !p.endsWith("/auth/tokens");
/** Every request but Keystone's POST /auth/tokens (the rules apply after the login). */
const anyRequest = { path: /^(?!.*\/auth\/tokens$)/ };
const COMMAND_FAULTS: CommandFault[] = [
  {
    name: "503 from Keystone",
    rule: { method: "POST", path: /\/auth\/tokens$/, fault: status(503) },
    mustFail: true,
  },
  { name: "503 on every request", rule: { ...anyRequest, fault: status(503) }, mustFail: true },
  { name: "HTML 502 page", rule: { ...anyRequest, fault: html(502) }, mustFail: true },
  {
    name: "403 with the API's message",
    rule: {
      ...anyRequest,
      fault: status(403, {
        body: JSON.stringify({ forbidden: { code: 403, message: "Policy doesn't allow this." } }),
      }),
    },
    mustFail: true,
  },
  { name: "token refused (401)", rule: { ...anyRequest, fault: revokeToken() }, mustFail: true },
  { name: "truncated JSON", rule: { ...anyRequest, fault: truncate() }, mustFail: false },
  { name: "connection reset mid-body", rule: { ...anyRequest, fault: reset() }, mustFail: false },
];

/** A file each in-process run can read (object create's upload). */
const UPLOAD = "e2e-upload.txt";

/** One fake cloud for every in-process run; each run's requests carry its own fault plan. */
const shared = (() => {
  const plans = new Map<string, FaultPlan>();
  const planOf = (req: Request) => plans.get(req.headers.get("x-test-run") ?? "");
  const hooks: FaultHooks = {
    before: (req, info) => planOf(req)?.before?.(req, info),
    after: (res, req, info) => planOf(req)?.after?.(res, req, info) ?? res,
    close: () => plans.forEach((p) => p.close?.()),
  };
  let cloud: Promise<FakeCloud> | undefined;
  let next = 0;
  return {
    cloud: () => cloud ??= startSentinelCloud({ faults: hooks }),
    /** A fetch whose requests meet `rule` (none: healthy), and what it saw. */
    async session(rule?: FaultRule) {
      const c = await this.cloud();
      const id = String(++next);
      const plan = faultPlan(...(rule ? [rule] : []));
      plan.revoke = c.revokeToken;
      plans.set(id, plan);
      const paths: string[] = [];
      const fetch: typeof globalThis.fetch = (input, init) => {
        const req = new Request(input, init);
        req.headers.set("x-test-run", id);
        paths.push(`${req.method} ${new URL(req.url).pathname}`);
        return c.fetch(req);
      };
      return { fetch, paths, plan, tokens: () => c.issuedTokens(), done: () => plans.delete(id) };
    },
  };
})();

async function inProcess(argv: string[], rule?: FaultRule) {
  const s = await shared.session(rule);
  try {
    const env = { ...passwordEnv(await shared.cloud()), OS_TOKEN_CACHE: "0" };
    const c = fakeDeps({ env, fetch: s.fetch, files: { [UPLOAD]: "data\n" } });
    c.deps.makeFetch = () => s.fetch;
    const code = await within(30_000, run(argv, c.deps, registry), argv.join(" "));
    const out: Outcome = { code, stdout: c.stdout(), stderr: c.stderr() };
    return { out, paths: s.paths, injected: s.plan.injected, tokens: s.tokens() };
  } finally {
    s.done();
  }
}

/** Bulk deletes print, as python's do, a line per item that failed before the summary line. */
function withoutBulkLines(out: Outcome): Outcome {
  return { ...out, stderr: errorLines(out.stderr).join("\n") };
}

/** The argv a command is tried with: the first that gets it past its own checks to the cloud. */
async function argvReaching(spec: CommandSpec): Promise<string[] | undefined> {
  const fromCases = parityCases.flatMap((c) =>
    c.kind === "read"
      // an error case may still reach the cloud (a refused change, a 401 from Keystone)
      ? c.compare === "exact" || c.compare === "json" || c.compare === "error" ? [[...c.argv]] : []
      : [c.create("e2e-fault"), c.show("e2e-fault"), c.delete("e2e-fault")]
  ).filter((argv) => ` ${argv.join(" ")} `.includes(` ${spec.id} `));
  const own = REACHING[spec.id] ? [REACHING[spec.id]] : [];
  for (const argv of [minimalArgv(spec), ...own, ...fromCases]) {
    const { out, paths } = await inProcess(argv);
    if (out.code !== 2 && paths.some((p) => NOT_AUTH(p) || out.code === 0)) return argv;
  }
  return undefined;
}

const everyCommand = {
  runs: 0,
  injected: 0,
  failedCleanly: 0,
  tolerated: [] as string[],
  /** The argv each command was tried with. */
  argv: {} as Record<string, string>,
};
const specs = await allSpecs();
const JOBS = 16;

/** Commands that never send a request on a cloud with Neutron, as python's don't. */
const NO_REQUEST: Record<string, string> = {
  "floating ip pool list": "python refuses it from the catalog alone (Compute networking only)",
  "command list": "lists this program's own commands",
  "module list": "lists this program's own modules",
  "configuration show": "shows the configuration as read, without a request",
};

/**
 * An argv that reaches the cloud, for commands whose parity cases cannot (python 6.0 fails
 * before or after its request there: README's differences).
 */
const REACHING: Record<string, string[]> = {
  "volume group type show": [
    "volume",
    "group",
    "type",
    "show",
    "x",
    "--os-volume-api-version",
    "3.11",
  ],
  "block storage resource filter show": [
    ...["block", "storage", "resource", "filter", "show", "volume"],
    ...["--os-volume-api-version", "3.33"],
  ],
  // the parity cases' upload is a real file (inProcess has UPLOAD in memory); set and unset
  // succeed only in a write case's change steps
  "object create": ["object", "create", "e2e-container", UPLOAD],
  "object store account set": ["object", "store", "account", "set", "--property", "a=b"],
  "object store account unset": ["object", "store", "account", "unset", "--property", "a"],
};

Deno.test({
  name: `fault: every command (${specs.length}) × ${COMMAND_FAULTS.length} faults`,
  ...opts,
}, async () => {
  const problems: string[] = [];
  const unreachable: string[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: JOBS }, async () => {
    while (next < specs.length) {
      const spec = specs[next++];
      const argv = await argvReaching(spec);
      if (!argv) {
        if (!NO_REQUEST[spec.id]) unreachable.push(spec.id);
        continue;
      }
      everyCommand.argv[spec.id] = argv.join(" ");
      for (const f of COMMAND_FAULTS) {
        const [plain, debug] = await Promise.all([
          inProcess(argv, f.rule),
          inProcess([...argv, "--debug"], f.rule),
        ]);
        const label = `${spec.id} (${argv.join(" ")}) × ${f.name}`;
        everyCommand.runs += 2;
        everyCommand.injected += plain.injected + debug.injected;
        try {
          for (const [r, l] of [[plain, label], [debug, `${label} --debug`]] as const) {
            // printing the new token on stdout is what `token issue` is for
            const tokenShown = spec.id === "token issue" && r.out.code === 0;
            assertNoLeak(tokenShown ? { ...r.out, stdout: "" } : r.out, l, r.tokens);
          }
          ok(
            plain.out.code === debug.out.code,
            `${label}: exit ${plain.out.code} plain, ${debug.out.code} with --debug`,
          );
          if (plain.out.code === 0) {
            ok(
              !(f.mustFail && plain.injected && !EXIT_0_ON_403[spec.id]?.(f.name)),
              `${label}: exit 0 although the fault reached it`,
            );
            if (plain.injected) everyCommand.tolerated.push(label);
          } else {
            const line = assertCleanFailure(withoutBulkLines(plain.out), label, 1);
            assertDebugFailure(debug.out, line, label, 1);
            everyCommand.failedCleanly++;
          }
        } catch (e) {
          problems.push((e as Error).message.split("\n").slice(0, 6).join("\n"));
        }
      }
    }
  }));
  ok(
    unreachable.length === 0,
    `no argv gets these to the cloud (add a parity case): ${unreachable.join(", ")}`,
  );
  ok(problems.length === 0, problems.slice(0, 10).join("\n\n"));
  await (await shared.cloud()).close();
});

// ---- the report -----------------------------------------------------------------------------

Deno.test({ name: "fault matrix: figures", ...opts }, () => {
  const esc = (s: string) => s.replaceAll("|", "\\|");
  console.log("\n| case | fault | exit | attempts | observed (stderr, first line) |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const r of rows) {
    console.log(
      `| ${esc(r.case)} | ${esc(r.fault)} | ${r.exit} | ${r.attempts} | ${esc(r.observed)} |`,
    );
  }
  printFigure("fault cases", rows.length);
  printFigure("faults injected (plain + --debug runs)", injected);
  printFigure("faults survived (clean exit, no trace, no hang)", survived);
  printFigure("cases recovered to exit 0", recovered);
  printFigure("fault-matrix outputs checked for secrets", figures.outputsChecked);
  printFigure("fault-matrix files checked for secrets", figures.filesChecked);
  printFigure("fault-matrix secret leaks", figures.leaks.length);
  printFigure("fault-matrix commands (in process)", specs.length);
  printFigure("fault-matrix in-process runs (plain + --debug)", everyCommand.runs);
  printFigure("fault-matrix in-process faults injected", everyCommand.injected);
  printFigure("fault-matrix in-process runs that failed cleanly", everyCommand.failedCleanly);
  printFigure("fault-matrix faults a command tolerated (exit 0)", everyCommand.tolerated);
  printFigure("fault-matrix argv per command", everyCommand.argv);
  strictEqual(figures.leaks.length, 0);
});
