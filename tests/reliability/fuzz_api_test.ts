/**
 * Hostile input 3: malformed API responses. `server list` runs in process
 * against the fake cloud (no sockets); one response of the run — Keystone's
 * token, the compute version document, a servers page, an image, a flavor —
 * is corrupted: a value anywhere in the JSON replaced (wrong type, null, huge,
 * deeply nested, control characters), keys dropped, the body truncated or
 * replaced, the status, content type or headers changed. Seeded: FUZZ_SEED,
 * FUZZ_ONLY=<index>.
 *
 * Every response must: end within the deadline; exit 0 or 1; on 1 print one
 * line on stderr (no stack trace, no "unexpected error"), nothing on stdout;
 * never print the sentinel password or a token; never pass a terminal control
 * character from the server into an error line.
 */
import { ok } from "node:assert";
import { run } from "../../src/cli/run.ts";
import { registry } from "../../src/registry.gen.ts";
import { fakeDeps } from "../helpers/fake_deps.ts";
import { bigDataset, defaultDataset } from "../fake_cloud/datasets.ts";
import type { FaultInfo } from "../fake_cloud/server.ts";
import { type FaultPlan, faultPlan } from "../fake_cloud/faults.ts";
import {
  findLeaks,
  passwordEnv,
  pick,
  printFigure,
  prng,
  startSentinelCloud,
  within,
} from "./helpers.ts";

const SEED = Number(Deno.env.get("FUZZ_SEED") ?? 20260503);
const COUNT = Number(Deno.env.get("FUZZ_API_COUNT") ?? 1_500);
const ONLY = Deno.env.get("FUZZ_ONLY");
/** A response the CLI has not finished with by then is a hang (retries and backoff included). */
const PER_CASE_MS = 15_000;
const TOTAL_BUDGET_MS = 180_000;

type R = () => number;
type Json = unknown;

function randomJson(r: R, depth = 0): Json {
  const c = r();
  if (c < 0.12) return null;
  if (c < 0.2) return r() < 0.5;
  if (c < 0.35) {
    return pick(r, [0, -1, 1, 2 ** 53, -(2 ** 63), 1e308, -1e-308, 0.1, 3.5, 1e21, 2 ** 31]);
  }
  if (c < 0.55) {
    return pick(r, [
      "",
      " ",
      "x",
      "None",
      "null",
      "\u001b[2J\u001b[31mred",
      "\u0000",
      "a\nb\r\nc",
      "\u202eevil",
      "💥".repeat(50),
      "x".repeat(1_000_000),
      "http://",
      "not-a-uuid",
      "2026-13-45T99:99:99Z",
      "<script>alert(1)</script>",
      "%s%n",
      "../../../etc/passwd",
      "\uD800",
    ]);
  }
  if (c < 0.7 && depth < 4) {
    return Array.from({ length: Math.floor(r() * 4) }, () => randomJson(r, depth + 1));
  }
  if (c < 0.85 && depth < 4) {
    return Object.fromEntries(
      Array.from({ length: Math.floor(r() * 4) }, (_, i) => [
        pick(r, [
          "id",
          "name",
          "links",
          "href",
          "rel",
          "version",
          "servers",
          "image",
          "flavor",
          `k${i}`,
          "__proto__",
          "constructor",
        ]),
        randomJson(r, depth + 1),
      ]),
    );
  }
  if (c < 0.9) {
    // deep nesting
    let v: Json = 1;
    for (let i = 0; i < 5_000; i++) v = [v];
    return v;
  }
  return pick(r, [[], {}, "[]", "{}"]);
}

/** Every path (list of keys) to a value inside `v`, bounded. */
function paths(v: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (out.length > 5_000) return out;
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out);
  }
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | typeof DELETE): Json {
  if (path.length === 0) return value === DELETE ? {} : value;
  let cur = root as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (value === DELETE) {
    if (Array.isArray(cur)) cur.splice(Number(last), 1);
    else delete cur[last];
  } else cur[last] = value;
  return root;
}
const DELETE = Symbol("delete");

type Target = "auth" | "compute-root" | "servers" | "image" | "flavor";

const TARGETS: Record<Target, (info: FaultInfo) => boolean> = {
  "auth": (i) => i.method === "POST" && i.path.endsWith("/auth/tokens"),
  "compute-root": (i) => i.method === "GET" && /\/compute\/v2\.1\/?$/.test(i.path),
  "servers": (i) => i.method === "GET" && i.path.endsWith("/servers/detail"),
  "image": (i) => i.method === "GET" && i.path.includes("/image/v2/images/"),
  "flavor": (i) => i.method === "GET" && i.path.includes("/flavors/"),
};

interface Mutation {
  kind: string;
  plan: FaultPlan;
}

function mutation(r: R): { target: Target; mutation: Mutation } {
  const target = pick(r, Object.keys(TARGETS) as Target[]);
  const matchesTarget = (info: FaultInfo) => TARGETS[target](info);
  const c = r();
  let kind: string;
  let fn: (res: Response) => Promise<Response>;
  const copy = (
    res: Response,
    body: BodyInit | null,
    over: { status?: number; headers?: Record<string, string | null> } = {},
  ) => {
    const h = new Headers(res.headers);
    h.delete("content-length");
    for (const [k, v] of Object.entries(over.headers ?? {})) v === null ? h.delete(k) : h.set(k, v);
    const status = over.status ?? res.status;
    return new Response([101, 204, 205, 304].includes(status) ? null : body, {
      status,
      headers: h,
    });
  };
  if (c < 0.55) {
    kind = "json value";
    const n = 1 + Math.floor(r() * 3);
    const choices = Array.from({ length: n }, () => ({ a: r(), b: r(), v: randomJson(r) }));
    fn = async (res) => {
      const text = await res.text();
      let body: Json;
      try {
        body = JSON.parse(text);
      } catch {
        return copy(res, text);
      }
      for (const ch of choices) {
        const ps = paths(body);
        const p = ps[Math.floor(ch.a * ps.length)];
        body = setAt(body, p, ch.b < 0.25 ? DELETE : ch.v);
      }
      return copy(res, JSON.stringify(body));
    };
  } else if (c < 0.7) {
    kind = "body";
    const cut = r();
    const which = r();
    const junk = pick(r, [
      "",
      "null",
      "[]",
      "{}",
      '"str"',
      "42",
      "true",
      "\uFEFF{}",
      "<html><title>x</title></html>",
      '{"a":',
      "\u0000\u0001\u0002",
      "[".repeat(100_000),
    ]);
    fn = async (res) => {
      const text = await res.text();
      return copy(res, which < 0.5 ? text.slice(0, Math.floor(cut * text.length)) : junk);
    };
  } else if (c < 0.85) {
    kind = "status";
    const status = pick(r, [
      200,
      201,
      202,
      203,
      204,
      300,
      301,
      302,
      304,
      400,
      401,
      403,
      404,
      405,
      406,
      409,
      413,
      418,
      451,
      501,
      505,
      599,
    ]);
    fn = async (res) => copy(res, await res.text(), { status });
  } else {
    kind = "headers";
    const headers = pick<Record<string, string | null>>(r, [
      { "content-type": "text/html" },
      { "content-type": "application/octet-stream" },
      { "content-type": null },
      { "x-subject-token": null },
      { "x-subject-token": "" },
      { "x-subject-token": "a".repeat(60_000) },
      { "x-openstack-request-id": "\u001b]0;pwned\u0007" },
      { "x-openstack-request-id": "x".repeat(10_000) },
      { "openstack-api-version": "compute 99.99" },
      { "retry-after": "-5" },
      { "location": "http://evil.example/" },
      { "content-encoding": "gzip" },
    ]);
    fn = async (res) => {
      const body = await res.text();
      try {
        return copy(res, body, { headers });
      } catch {
        return copy(res, body); // a header value fetch refuses (control characters)
      }
    };
  }
  const plan = faultPlan({
    fault: {
      kind: "custom",
      fn: (res, info) => (matchesTarget(info) ? fn(res) : Promise.resolve(res)),
    },
  });
  return { target, mutation: { kind, plan } };
}

// deno-lint-ignore no-control-regex
const ESC = /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/;

Deno.test({
  name: `fuzz: ${COUNT} malformed API responses (seed ${SEED})`,
  sanitizeResources: false,
  sanitizeOps: false,
}, async () => {
  const r = prng(SEED);
  const codes: Record<number, number> = {};
  const kinds: Record<string, number> = {};
  const failures: string[] = [];
  const t0 = performance.now();
  let ran = 0;
  let fallback = 0;
  let slowest = { ms: 0, case: "" };
  // A few servers with images and flavors, so every lookup happens.
  const dataset = { ...defaultDataset(), servers: bigDataset(3).servers };
  // One cloud; each case swaps in its own fault plan.
  let current: FaultPlan | undefined;
  const cloud = await startSentinelCloud({
    dataset,
    faults: {
      before: (req, info) => current?.before?.(req, info),
      after: (res, req, info) => current?.after ? current.after(res, req, info) : res,
    },
  });
  for (let i = 0; i < COUNT; i++) {
    const { target, mutation: m } = mutation(r);
    const argv = pick(r, [
      ["server", "list"],
      ["server", "list", "-f", "json"],
      ["server", "list", "--long", "-f", "yaml"],
      ["server", "list", "-f", "value", "-c", "ID", "-c", "Image"],
      ["server", "list", "--os-compute-api-version", "2.1"],
      ["server", "list", "--flavor", "m1.tiny"],
    ]);
    if (ONLY !== undefined && String(i) !== ONLY) continue;
    if (performance.now() - t0 > TOTAL_BUDGET_MS) {
      // a slow machine runs fewer; too few to mean anything is a failure
      console.log(`api fuzz: time budget of ${TOTAL_BUDGET_MS} ms used up after ${i} responses`);
      if (i < 300) failures.push(`only ${i} responses in ${TOTAL_BUDGET_MS} ms`);
      break;
    }
    current = m.plan;
    cloud.clearRequests();
    try {
      const c = fakeDeps({
        env: { ...passwordEnv(cloud), OS_TOKEN_CACHE: "0" },
        fetch: cloud.fetch,
      });
      c.deps.makeFetch = () => cloud.fetch;
      let code: number;
      const started = performance.now();
      try {
        code = await within(PER_CASE_MS, run(argv, c.deps, registry), `response ${i}`);
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms: Math.round(ms), case: `#${i} ${target}/${m.kind}` };
      } catch (e) {
        failures.push(`#${i} ${target}/${m.kind}: threw ${e}`);
        continue;
      }
      ran++;
      codes[code] = (codes[code] ?? 0) + 1;
      kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
      const out = c.stdout();
      const err = c.stderr();
      const problems: string[] = [];
      if (code !== 0 && code !== 1) problems.push(`exit ${code}`);
      if (/^\s+at /m.test(out + err)) problems.push("stack trace");
      if (/unexpected error/.test(err)) problems.push("unexpected error");
      const leaks = [
        ...findLeaks(out, "stdout", cloud.issuedTokens()),
        ...findLeaks(err, "stderr", cloud.issuedTokens()),
      ];
      if (leaks.length) problems.push(`leak ${leaks.join(",")}`);
      if (err.includes("cannot read the cloud's response")) fallback++;
      if (code !== 0) {
        if (out !== "") problems.push("stdout on failure");
        const lines = err.split("\n").filter((l) => l && !l.startsWith("WARNING: "));
        if (lines.length !== 1) problems.push(`${lines.length} lines`);
        if (ESC.test(err.replace(/\n$/, ""))) problems.push("control character in the error");
        if (err.length > 2_000) problems.push(`${err.length} chars of error`);
      }
      if (problems.length) {
        failures.push(
          `#${i} ${target}/${m.kind} ${argv.slice(2).join(" ")}: ${problems.join(", ")}\n  ${
            JSON.stringify(err.slice(0, 300))
          }`,
        );
      }
    } finally {
      current = undefined;
    }
  }
  await cloud.close();
  printFigure("API fuzz responses run", ran);
  printFigure("API fuzz mutation kinds", kinds);
  printFigure("API fuzz exit codes", codes);
  printFigure(
    'API fuzz errors reported by the generic "cannot read the cloud\'s response"',
    fallback,
  );
  printFigure("API fuzz slowest case", slowest);
  printFigure("API fuzz seconds", ((performance.now() - t0) / 1000).toFixed(1));
  printFigure("API fuzz failures", failures.length);
  ok(failures.length === 0, failures.slice(0, 30).join("\n"));
});
