/**
 * deno run -A scripts/capture_demo.ts [--cloud admin] [--out tests/fake_cloud/captured/demo.json]
 *
 * Runs every registered read command (`… list`, then `… show <first ID of the list>`) against
 * the real test cloud (scripts/cloud/up.sh, config /var/tmp/oscloud/clouds.yaml) and writes the
 * GET answers it saw into the fake cloud's captured dataset, which the fake replays for every
 * path it does not simulate itself (tests/fake_cloud/replay.ts). Only GET and HEAD are kept;
 * secret-looking keys are blanked; service URLs become placeholders so the fake can serve them
 * on its own port. Re-run it after adding read commands.
 *
 * --seed: lists that are empty on a fresh test cloud (groups, the admin's keypairs) get one
 * resource named osc-demo for the capture, deleted again at the end.
 */
import { run } from "../src/cli/run.ts";
import { registry } from "../src/registry.gen.ts";
import { realDeps } from "../src/deps.ts";
import type { Deps, Sink } from "../src/context.ts";
import { isSecretKey } from "../src/http/redact.ts";
import {
  argumentSource,
  type CapturedAnswer,
  type CapturedDataset,
  firstName,
  prefixOf,
  readCommands,
  serviceRoot,
  showArgument,
} from "../tests/fake_cloud/replay.ts";

const args = [...Deno.args];
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const cloud = opt("--cloud", "admin");
const out = opt(
  "--out",
  new URL("../tests/fake_cloud/captured/demo.json", import.meta.url).pathname,
);
const config = Deno.env.get("OS_CLIENT_CONFIG_FILE") ?? "/var/tmp/oscloud/clouds.yaml";

/** Real service roots by catalog type, and the scope's project id, from the auth answers. */
const roots = new Map<string, string>();
let projectId = "";
const answers = new Map<string, CapturedAnswer>();
const misses: string[] = [];

const KEEP_HEADERS =
  /^(content-type|openstack-api-version|x-openstack-nova-api-version|vary|x-openstack-request-id|x-compute-request-id|x-account-.*|x-container-.*|x-timestamp|accept-ranges)$/i;

function blankSecrets(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(blankSecrets);
  if (v && typeof v === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      o[k] = isSecretKey(k) && x ? "<redacted>" : blankSecrets(x);
    }
    return o;
  }
  return v;
}

function learnCatalog(body: string): void {
  const tok = JSON.parse(body).token;
  projectId = tok.project?.id ?? projectId;
  for (const s of tok.catalog ?? []) {
    const ep = (s.endpoints ?? []).find((e: { interface: string }) => e.interface === "public");
    if (ep && !roots.has(prefixOf(s.type))) roots.set(prefixOf(s.type), serviceRoot(ep.url));
  }
}

/** The service whose root `url` starts with, and the path below that root (project id as {project_id}). */
function locate(url: string): { service: string; path: string } | undefined {
  let best: [string, string] | undefined;
  for (const [type, root] of roots) {
    if (
      (url === root || url.startsWith(root + "/") || url.startsWith(root + "?")) &&
      (!best || root.length > best[1].length)
    ) best = [type, root];
  }
  if (!best) return undefined;
  const path = url.slice(best[1].length) || "/";
  return { service: best[0], path: projectId ? path.replaceAll(projectId, "{project_id}") : path };
}

function placeholders(text: string): string {
  // longest first: one root may be a prefix of another
  for (const [type, root] of [...roots].sort((a, b) => b[1].length - a[1].length)) {
    text = text.replaceAll(root, `{root:${type}}`);
  }
  return text;
}

let recordingOn = true;

async function record(req: Request, res: Response): Promise<void> {
  const url = req.url;
  if (req.method === "POST" && url.endsWith("/auth/tokens") && res.ok) {
    learnCatalog(await res.clone().text());
    return;
  }
  // tokens are the fake's own business (and secrets)
  if (!recordingOn || (req.method !== "GET" && req.method !== "HEAD") || url.includes("/auth/")) {
    return;
  }
  const where = locate(url);
  if (!where) {
    misses.push(`${req.method} ${url}`);
    return;
  }
  let body = await res.clone().text();
  if ((res.headers.get("content-type") ?? "").includes("json") && body) {
    body = JSON.stringify(blankSecrets(JSON.parse(body)));
  }
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    if (KEEP_HEADERS.test(k)) headers[k] = placeholders(v);
  });
  answers.set(`${where.service} ${req.method} ${where.path}`, {
    service: where.service,
    method: req.method,
    path: where.path,
    status: res.status,
    headers,
    body: placeholders(body),
  });
}

function recording(f: typeof fetch): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    const res = await f(input, init);
    await record(req, res);
    return res;
  }) as typeof fetch;
}

class Buffer implements Sink {
  text = "";
  write(t: string): Promise<void> {
    this.text += t;
    return Promise.resolve();
  }
}

async function runOne(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const base = realDeps();
  const stdout = new Buffer();
  const stderr = new Buffer();
  const deps: Deps = {
    ...base,
    env: { ...base.env, OS_CLIENT_CONFIG_FILE: config, OS_CLOUD: cloud },
    stdout,
    stderr,
    terminalWidth: () => undefined,
    fetch: recording(base.fetch),
    makeFetch: (o) => recording(base.makeFetch(o)),
  };
  // no token cache: every run authenticates, so the catalog is always seen
  const code = await run(["--os-no-token-cache", ...argv], deps, registry);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** What --seed creates (and deletes afterwards) so that these lists have a row to show. */
const SEEDS: { create: string[]; remove: string[] }[] = [
  { create: ["group", "create", "osc-demo"], remove: ["group", "delete", "osc-demo"] },
  {
    create: [
      "keypair",
      "create",
      "--public-key",
      new URL("../tests/fixtures/e2e_key.pub", import.meta.url).pathname,
      "osc-demo",
    ],
    remove: ["keypair", "delete", "osc-demo"],
  },
];
const seeded: string[][] = [];
/** Commands that failed or were skipped: a partial capture is not written (--partial writes it). */
let failures = 0;
if (args.includes("--seed")) {
  for (const s of SEEDS) {
    const r = await runOne(s.create);
    console.error(`${r.code === 0 ? "seed" : "FAIL"} ${s.create.join(" ")} ${r.stderr.trim()}`);
    if (r.code === 0) seeded.push(s.remove);
  }
  answers.clear();
}

const commands = await readCommands(registry);
/** The cloud answered with an HTTP error (an API it no longer serves): recorded as it is. */
const refused = (r: { code: number; stderr: string }) =>
  r.code === 1 && /\(HTTP [45]\d\d\)/.test(r.stderr);
for (const c of commands.lists) {
  const r = await runOne([...c.split(" "), "-f", "json"]);
  if (r.code !== 0 && !refused(r)) failures++;
  console.error(`${r.code === 0 ? "ok  " : "FAIL"} ${c}${r.code ? ": " + r.stderr.trim() : ""}`);
}
for (const c of commands.bare) {
  const r = await runOne([...c.split(" "), "-f", "json"]);
  if (r.code !== 0) failures++;
  console.error(`${r.code === 0 ? "ok  " : "FAIL"} ${c}${r.code ? ": " + r.stderr.trim() : ""}`);
}
for (const c of commands.shows) {
  const arg = await showArgument(c, commands, (argv) => runOne(argv));
  if (arg === undefined) {
    // an empty (or refused) list on the test cloud: nothing to show, not a failure
    console.error(`skip ${c}: its list has no row to take an argument from`);
    continue;
  }
  // by ID (what the test uses) and by name (what people type: deno task demo network show private)
  const source = argumentSource(c, commands.lists);
  const name = source
    ? firstName((await runOne([...source.split(" "), "-f", "json"])).stdout)
    : undefined;
  const byName = name && arg.length === 1 && name !== arg[0] ? [[name]] : [];
  for (const a of [arg, ...byName]) {
    const r = await runOne([...c.split(" "), ...a, "-f", "json"]);
    // by ID must work; by name may be ambiguous on a shared cloud
    if (r.code !== 0 && a === arg) failures++;
    console.error(
      `${r.code === 0 ? "ok  " : "FAIL"} ${c} ${a.join(" ")}${
        r.code ? ": " + r.stderr.trim() : ""
      }`,
    );
  }
}
// the removals' own lookups are not the dataset's business
recordingOn = false;
for (const argv of seeded) {
  const r = await runOne(argv);
  console.error(`${r.code === 0 ? "gone" : "FAIL"} ${argv.join(" ")} ${r.stderr.trim()}`);
}
if (misses.length) {
  console.error(`not under any catalog root (left out):\n  ${misses.join("\n  ")}`);
}

if (failures && !args.includes("--partial")) {
  console.error(
    `${failures} command(s) failed or were skipped: ${out} left as it was (--partial writes it)`,
  );
  Deno.exit(1);
}

const dataset: CapturedDataset = {
  note: "GET answers of the real test cloud, captured by scripts/capture_demo.ts; do not edit",
  cloud,
  services: [...roots.keys()].sort(),
  answers: [...answers.values()].sort((a, b) =>
    `${a.service} ${a.path} ${a.method}`.localeCompare(`${b.service} ${b.path} ${b.method}`)
  ),
};
await Deno.mkdir(new URL(".", `file://${out}`).pathname, { recursive: true });
await Deno.writeTextFile(out, JSON.stringify(dataset, null, 2) + "\n");
console.error(
  `wrote ${out}: ${dataset.answers.length} answers from ${dataset.services.join(", ")}`,
);
