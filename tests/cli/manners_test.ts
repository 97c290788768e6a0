/**
 * Terminal manners: tables fit a terminal (never a pipe), progress only on a terminal's
 * stderr, -q/-v as python's client has them, and --error-format json.
 */
import assert from "node:assert/strict";
import { run } from "../../src/cli/run.ts";
import { registry } from "../../src/registry.gen.ts";
import { outputOptions } from "../../src/output/flags.ts";
import {
  maskSecrets,
  progressSink,
  verboseLevel,
  verbosityConflict,
  warn,
} from "../../src/cli/verbosity.ts";
import { errorJson, wantsJsonErrors } from "../../src/cli/error_json.ts";
import { HttpError } from "../../src/http/errors.ts";
import { OscError } from "../../src/errors.ts";
import { waitForActive } from "../../src/commands/server/_wait.ts";
import type { Context } from "../../src/context.ts";
import type { Server } from "../../src/api/compute/servers.ts";
import { fakeDeps } from "../helpers/fake_deps.ts";
import { datasets } from "../fake_cloud/datasets.ts";
import { startFakeCloud } from "../fake_cloud/server.ts";
import { capturedDemo } from "../fake_cloud/replay.ts";

const CLOUDS = "/work/clouds.yaml";
const opts = { sanitizeResources: false, sanitizeOps: false };
const captured = await capturedDemo();

type Cloud = Awaited<ReturnType<typeof startFakeCloud>>;

async function withCloud(fn: (cloud: Cloud) => Promise<void>) {
  const cloud = await startFakeCloud({ dataset: datasets.golden(), captured });
  try {
    await fn(cloud);
  } finally {
    await cloud.close();
  }
}

async function cli(
  cloud: Cloud,
  argv: string[],
  o: { width?: number; env?: Record<string, string> } = {},
) {
  const c = fakeDeps({
    env: { OS_CLIENT_CONFIG_FILE: CLOUDS, OS_CLOUD: "admin", OS_TOKEN_CACHE: "0", ...o.env },
    files: { [CLOUDS]: cloud.cloudsYaml() },
    fetch: (i, init) => cloud.fetch(i, init),
    width: o.width,
  });
  const code = await run(argv, c.deps, registry);
  return { code, out: c.stdout(), err: c.stderr() };
}

const widest = (text: string) => Math.max(...text.split("\n").map((l) => l.length));

// ---- table width ------------------------------------------------------------------------

Deno.test("a terminal fits tables; a pipe only with --max-width", () => {
  assert.equal(outputOptions({}, {}, true).fitWidth, true);
  assert.equal(outputOptions({}, {}, false).fitWidth, false);
  assert.equal(outputOptions({ fitWidth: true }, {}, false).fitWidth, true);
  assert.equal(outputOptions({}, { CLIFF_FIT_WIDTH: "1" }, false).fitWidth, true);
});

Deno.test(
  "server list on an 80-column terminal fits; piped it does not",
  opts,
  () =>
    withCloud(async (cloud) => {
      const piped = await cli(cloud, ["server", "list"]);
      assert.equal(piped.code, 0, piped.err);
      assert.ok(widest(piped.out) > 80, `the golden table is ${widest(piped.out)} wide`);
      const tty = await cli(cloud, ["server", "list"], { width: 80 });
      assert.equal(tty.code, 0, tty.err);
      assert.ok(widest(tty.out) <= 80, tty.out);
      // the same rows, wrapped
      assert.equal(
        tty.out.match(/^\| [0-9a-f]{8}-/gm)?.length,
        piped.out.match(/^\| [0-9a-f]{8}-/gm)?.length,
      );
      // --max-width still wins on a terminal
      const wide = await cli(cloud, ["server", "list", "--max-width", "100000"], { width: 80 });
      assert.equal(wide.out, piped.out);
      const max = await cli(cloud, ["server", "list", "--max-width", "100"]);
      assert.ok(widest(max.out) <= 100 && widest(max.out) > 80, max.out);
    }),
);

// ---- progress -----------------------------------------------------------------------------

function waitCtx(o: { terminal: boolean; quiet?: boolean }) {
  const c = fakeDeps();
  const ctx = {
    ...c.deps,
    stderrIsTerminal: () => o.terminal,
    global: o.quiet ? { quiet: true } : {},
  } as unknown as Context;
  return { ctx, out: c.stdout, err: c.stderr };
}

function building(): () => Promise<Server> {
  const states = [
    { status: "BUILD", progress: 10 },
    { status: "BUILD", progress: 60 },
    { status: "ACTIVE", progress: 100 },
  ];
  return () => Promise.resolve(states.shift() as unknown as Server);
}

Deno.test("--wait progress goes to stderr on a terminal, nowhere when piped or with -q", async () => {
  const tty = waitCtx({ terminal: true });
  assert.equal(await waitForActive(tty.ctx, building(), 0), true);
  assert.equal(tty.err(), "\rProgress: 10\rProgress: 60");
  assert.equal(tty.out(), "");
  for (const o of [{ terminal: false }, { terminal: true, quiet: true }]) {
    const c = waitCtx(o);
    assert.equal(await waitForActive(c.ctx, building(), 0), true);
    assert.equal(c.err() + c.out(), "", JSON.stringify(o));
  }
  assert.equal(progressSink({ ...tty.ctx, stderrIsTerminal: undefined }), undefined);
});

// ---- -q / -v ------------------------------------------------------------------------------

Deno.test("verbose levels are cliff's: -q 0, default 1, -v 2, -vv and --debug 3", () => {
  assert.equal(verboseLevel({ quiet: true }), 0);
  assert.equal(verboseLevel({}), 1);
  assert.equal(verboseLevel({ verbose: 1 }), 2);
  assert.equal(verboseLevel({ verbose: 2 }), 3);
  assert.equal(verboseLevel({ debug: true, quiet: true }), 3);
});

Deno.test("-q hides warnings, the default shows them", async () => {
  for (const [global, shown] of [[{ quiet: true }, ""], [{}, "careful\n"]] as const) {
    const c = fakeDeps();
    await warn({ stderr: c.deps.stderr, global }, "careful");
    assert.equal(c.stderr(), shown);
  }
});

Deno.test(
  "-q with -v is argparse's usage error, naming the second one",
  opts,
  () =>
    withCloud(async (cloud) => {
      // python: openstack: error: argument -v/--verbose: not allowed with argument -q/--quiet
      const a = await cli(cloud, ["-q", "-v", "server", "list"]);
      assert.equal(a.code, 2);
      assert.equal(
        a.err,
        "openstack: error: argument -v/--verbose: not allowed with argument -q/--quiet\n",
      );
      assert.equal(
        verbosityConflict(["-vv", "--quiet"]),
        "argument -q/--quiet: not allowed with argument -v/--verbose",
      );
      assert.equal(verbosityConflict(["-v", "server", "list"]), undefined);
    }),
);

Deno.test(
  "volume list's deprecation warning: shown by default, hidden by -q",
  opts,
  () =>
    withCloud(async (cloud) => {
      const argv = ["volume", "list", "-c", "Display Name"];
      const loud = await cli(cloud, argv);
      assert.equal(loud.code, 0, loud.err);
      assert.match(loud.err, /The column "Display Name" was deprecated/);
      const quiet = await cli(cloud, ["-q", ...argv]);
      assert.equal(quiet.code, 0);
      assert.equal(quiet.err, "");
      assert.equal(quiet.out, loud.out);
    }),
);

Deno.test(
  "-vv traces the requests on stderr (secrets redacted), -v does not",
  opts,
  () =>
    withCloud(async (cloud) => {
      const v = await cli(cloud, ["-v", "flavor", "list"]);
      assert.doesNotMatch(v.err, /REQ:/);
      const vv = await cli(cloud, ["-vv", "flavor", "list"]);
      assert.equal(vv.code, 0);
      assert.match(vv.err, /^REQ: curl -g -i .*flavors\/detail/m);
      assert.equal(vv.out, v.out);
      for (const t of cloud.issuedTokens()) assert.ok(!vv.err.includes(t), "a token in the trace");
      assert.ok(!vv.err.includes("password: admin") && !/"password": "admin"/.test(vv.err));
    }),
);

// ---- --error-format json ------------------------------------------------------------------

Deno.test("JSON errors: asked by flag or OS_ERROR_FORMAT; the flag wins", () => {
  assert.equal(wantsJsonErrors(["--error-format", "json", "server", "list"], {}), true);
  assert.equal(wantsJsonErrors(["server", "list", "--error-format=json"], {}), true);
  assert.equal(wantsJsonErrors(["server", "list"], { OS_ERROR_FORMAT: "json" }), true);
  assert.equal(wantsJsonErrors(["--error-format", "text"], { OS_ERROR_FORMAT: "json" }), false);
  assert.equal(wantsJsonErrors(["server", "list"], {}), false);
  assert.equal(wantsJsonErrors(["--", "--error-format", "json"], {}), false);
  const e = new OscError("No Network found for x");
  (e as { cause?: unknown }).cause = new HttpError(404, "gone", "req-1", "http://x/y");
  assert.deepEqual(JSON.parse(errorJson(e, "No Network found for x", 1)), {
    message: "No Network found for x",
    exit_code: 1,
    http_status: 404,
    request_id: "req-1",
  });
});

Deno.test(
  "an API error as JSON: one object, HTTP status and request id, same exit code",
  opts,
  () =>
    withCloud(async (cloud) => {
      const argv = ["server", "list", "--os-compute-api-version", "9.9"];
      const text = await cli(cloud, argv);
      assert.equal(text.code, 1);
      const json = await cli(cloud, ["--error-format", "json", ...argv]);
      assert.equal(json.code, text.code);
      assert.equal(json.err.trim().split("\n").length, 1, json.err);
      const o = JSON.parse(json.err);
      assert.deepEqual(Object.keys(o), ["message", "exit_code", "http_status", "request_id"]);
      const noId = (t: string) => t.replace(/req-[0-9a-f-]+/, "req-ID");
      assert.equal(noId(o.message), noId(text.err.trim()));
      assert.equal(o.exit_code, 1);
      assert.equal(o.http_status, 406);
      assert.match(o.request_id, /^req-/);
      assert.ok(o.message.includes(o.request_id));
      const env = await cli(cloud, argv, { env: { OS_ERROR_FORMAT: "json" } });
      assert.equal(JSON.parse(env.err).http_status, 406);
    }),
);

Deno.test(
  "usage and config errors as JSON keep their exit code and hold no secret",
  opts,
  () =>
    withCloud(async (cloud) => {
      const usage = await cli(cloud, ["--error-format", "json", "server", "list", "--bogus"]);
      assert.equal(usage.code, 2);
      assert.equal(JSON.parse(usage.err).exit_code, 2);
      assert.equal(JSON.parse(usage.err).http_status, null);
      const secret = "s3cret-passw0rd-xyz";
      const auth = await cli(cloud, ["--error-format", "json", "server", "list"], {
        env: {
          OS_CLOUD: "",
          OS_AUTH_URL: cloud.authUrl,
          OS_USERNAME: "admin",
          OS_PASSWORD: secret,
          OS_PROJECT_NAME: "admin",
          OS_USER_DOMAIN_NAME: "Default",
          OS_PROJECT_DOMAIN_NAME: "Default",
        },
      });
      assert.equal(auth.code, 1);
      const o = JSON.parse(auth.err);
      assert.equal(o.http_status, 401);
      assert.ok(!auth.err.includes(secret));
    }),
);

Deno.test(
  "-v: osc_lib's START and END lines around the command, secrets masked",
  opts,
  () =>
    withCloud(async (cloud) => {
      // python -v: "START with options: --os-cloud admin -v domain show nonexist" … "END return value: 1"
      const r = await cli(cloud, ["-v", "flavor", "list", "-c", "Name"]);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, "START with options: -v flavor list -c Name\nEND return value: 0\n");
      const bad = await cli(cloud, ["-v", "flavor", "show", "nope"]);
      assert.equal(bad.code, 1);
      assert.match(bad.err, /^START with options: -v flavor show nope\n.+\nEND return value: 1\n$/);
      const odd = await cli(cloud, ["-v", "flavor", "show", "a\nb\x1b[2J"]);
      assert.equal(odd.err.split("\n")[0], "START with options: -v flavor show a\\x0ab\\x1b[2J");
      const quiet = await cli(cloud, ["flavor", "list", "-c", "Name"]);
      assert.equal(quiet.err, "");
      assert.equal(quiet.out, r.out);
    }),
);

Deno.test("masked command lines: --os-password, --password=, --os-token; not their neighbours", () => {
  assert.deepEqual(
    maskSecrets([
      "--os-password",
      "hunter22",
      "user",
      "create",
      "--password=pw1",
      "--password-prompt",
      "--os-token",
      "tok",
      "--os-no-token-cache",
      "--application-credential-secret",
      "s",
      "bob",
    ]),
    [
      "--os-password",
      "***",
      "user",
      "create",
      "--password=***",
      "--password-prompt",
      "--os-token",
      "***",
      "--os-no-token-cache",
      "--application-credential-secret",
      "***",
      "bob",
    ],
  );
});
