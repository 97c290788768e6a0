/**
 * Records the fixtures of the command tests from the real test cloud
 * (scripts/cloud/up.sh):
 *
 *   deno run -A tests/unit/commands/record.ts [fixture-name ...]
 *
 * For each parity case with a `fixture` (tests/parity/cases/) it runs our CLI in-process with a fetch
 * that passes through to the cloud and keeps every exchange (raw body text,
 * so 1.0 stays 1.0), and runs the python client with the same arguments at
 * the same moment for the expected output. Keystone's token and the compute
 * version document go to a shared file per cloud (auth_<cloud>.json); the
 * token itself is replaced by a fixed string (recording only some fixtures adds to that
 * file but replaces nothing in it). Scenarios whose output differs
 * from python's are reported, not written.
 */
import { run } from "../../../src/cli/run.ts";
import { registry } from "../../../src/registry.gen.ts";
import { fakeDeps } from "../../helpers/fake_deps.ts";
import { baseEnv, runPython } from "../../helpers/cli.ts";
import { type Exchange, FIXTURE_TOKEN, isAuthExchange } from "./replay.ts";
import type { ReadCase } from "../../parity/case.ts";
import { fixtureCases } from "../../parity/cases.ts";

const CLOUDS = Deno.env.get("OS_CLIENT_CONFIG_FILE") ?? "/var/tmp/oscloud/clouds.yaml";
const DIR = new URL("./fixtures/", import.meta.url);
const KEEP = ["content-type", "x-openstack-request-id", "x-compute-request-id", "location"];

function recordingFetch(log: Exchange[], token: { value?: string }): typeof fetch {
  return async (input, init) => {
    const req = new Request(input, init);
    const res = await fetch(req);
    const body = await res.text();
    const headers: Record<string, string> = {};
    for (const k of KEEP) {
      const v = res.headers.get(k);
      if (v !== null) headers[k] = v;
    }
    const subject = res.headers.get("x-subject-token");
    if (subject) {
      token.value = subject;
      headers["x-subject-token"] = FIXTURE_TOKEN;
    }
    log.push({ method: req.method, url: req.url, status: res.status, headers, body });
    return new Response(body, { status: res.status, headers: res.headers });
  };
}

async function recordOne(s: ReadCase, cloudsText: string, tmpClouds: string) {
  const log: Exchange[] = [];
  const token: { value?: string } = {};
  const f = recordingFetch(log, token);
  const c = fakeDeps({
    env: {
      OS_CLIENT_CONFIG_FILE: "/clouds.yaml",
      OS_CLOUD: s.cloud,
      OS_TOKEN_CACHE: "0",
    },
    files: { "/clouds.yaml": cloudsText },
    fetch: f,
  });
  const [code, py] = await Promise.all([
    run([...s.argv], c.deps, registry),
    runPython(s.argv, baseEnv({ OS_CLIENT_CONFIG_FILE: tmpClouds, OS_CLOUD: s.cloud })),
  ]);
  const scrub = (t: string) => (token.value ? t.replaceAll(token.value, FIXTURE_TOKEN) : t);
  const exchanges = log.map((e) => ({ ...e, body: scrub(e.body) }));
  return {
    ours: { code, stdout: scrub(c.stdout()), stderr: c.stderr() },
    python: { code: py.code, stdout: py.stdout, stderr: py.stderr },
    exchanges,
  };
}

const FERNET = /gAAAAA[A-Za-z0-9_=-]{40,}/g;
const PYTHON_TOKEN = "<python's token>";
const norm = (t: string) => t.replace(/req-[0-9a-f-]{36}/g, "req-<id>");

if (import.meta.main) {
  const cloudsText = await Deno.readTextFile(CLOUDS);
  const tmp = await Deno.makeTempDir();
  const tmpClouds = `${tmp}/clouds.yaml`;
  await Deno.writeTextFile(tmpClouds, cloudsText, { mode: 0o600 });
  const only = new Set(Deno.args);
  const auth = new Map<string, Exchange[]>();
  let failed = 0;
  for (const s of fixtureCases) {
    if (only.size && !only.has(s.fixture)) continue;
    const r = await recordOne(s, cloudsText, tmpClouds);
    const same = r.ours.code === r.python.code && r.ours.stdout === r.python.stdout &&
      (r.python.code === 0 || norm(r.ours.stderr) === norm(r.python.stderr));
    if (!same && !s.unstable) {
      failed++;
      console.error(
        `DIFFERS: ${s.fixture}\n--- ours (${r.ours.code})\n${r.ours.stdout}${r.ours.stderr}` +
          `--- python (${r.python.code})\n${r.python.stdout}${r.python.stderr}`,
      );
      continue;
    }
    const cloud = s.cloud;
    const mine = r.exchanges.filter((e) => !isAuthExchange(e));
    for (const e of r.exchanges.filter(isAuthExchange)) {
      const list = auth.get(cloud) ?? [];
      if (!list.some((x) => x.method === e.method && x.url === e.url)) list.push(e);
      auth.set(cloud, list);
    }
    // python's own token is live: not kept
    const python = { ...r.python, stdout: r.python.stdout.replace(FERNET, PYTHON_TOKEN) };
    const out = { argv: s.argv, cloud, exchanges: mine, python };
    await Deno.writeTextFile(
      new URL(`${s.fixture}.json`, DIR),
      JSON.stringify(out, null, 1) + "\n",
    );
    console.log(`recorded ${s.fixture} (${mine.length} exchanges)`);
  }
  for (const [cloud, recorded] of auth) {
    // merged into what other scenarios of this cloud recorded before
    let list: Exchange[] = [];
    try {
      list = JSON.parse(await Deno.readTextFile(new URL(`auth_${cloud}.json`, DIR)));
    } catch {
      // first recording for this cloud
    }
    for (const e of recorded) {
      const at = list.findIndex((x) => x.method === e.method && x.url === e.url);
      // a partial recording adds what is missing but keeps the rest: the other fixtures were
      // recorded against that token and catalog (a new endpoint would change what they replay)
      if (at < 0) list.push(e);
      else if (!only.size) list[at] = e;
    }
    await Deno.writeTextFile(
      new URL(`auth_${cloud}.json`, DIR),
      JSON.stringify(list, null, 1) + "\n",
    );
  }
  await Deno.remove(tmp, { recursive: true });
  // written in the layout `deno fmt` keeps
  await new Deno.Command(Deno.execPath(), { args: ["fmt", "--quiet", DIR.pathname] }).output();
  if (failed) Deno.exit(1);
}
