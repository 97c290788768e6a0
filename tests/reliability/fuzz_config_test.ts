/**
 * Hostile input 2: malformed and adversarial clouds.yaml / secure.yaml /
 * clouds.json, in process (`run()` with an in-memory file system and the fake
 * cloud answered without sockets). Seeded: FUZZ_SEED, FUZZ_ONLY=<index>.
 *
 * Kinds: byte-level mutations of a valid file; valid YAML with values of the
 * wrong type in every position; huge values; YAML alias bombs ("billion
 * laughs"), self-referencing aliases, deep nesting; odd tags, BOM, NUL, CRLF,
 * tabs; broken secure.yaml next to a valid clouds.yaml.
 *
 * Every file must: finish within the deadline (no hang, even for an alias
 * bomb); exit 0 or 1 (0 only when the file still describes a usable cloud);
 * on 1 print one line on stderr, nothing on stdout, no stack trace and no
 * "unexpected error"; never print the sentinel password or secret.
 */
import { ok } from "node:assert";
import { run } from "../../src/cli/run.ts";
import { registry } from "../../src/registry.gen.ts";
import { fakeDeps } from "../helpers/fake_deps.ts";
import type { FakeCloud } from "../fake_cloud/server.ts";
import {
  findLeaks,
  pick,
  printFigure,
  prng,
  SENTINEL,
  sentinelCloudsYaml,
  startSentinelCloud,
  within,
} from "./helpers.ts";

const SEED = Number(Deno.env.get("FUZZ_SEED") ?? 20260502);
const COUNT = Number(Deno.env.get("FUZZ_CONFIG_COUNT") ?? 1_500);
const ONLY = Deno.env.get("FUZZ_ONLY");
const PER_CASE_MS = 5_000;
const TOTAL_BUDGET_MS = 120_000;
const CFG = "/cfg";

interface ConfigCase {
  kind: string;
  files: Record<string, string>;
  cloud?: string;
}

type R = () => number;

const SPECIAL = ":-{}[]&*!|>'\"#%@`,?\t\n \r\\";

function mutateBytes(r: R, text: string): string {
  let s = text;
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * s.length);
    const op = r();
    if (op < 0.3) s = s.slice(0, at) + pick(r, [...SPECIAL]) + s.slice(at);
    else if (op < 0.5) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 5));
    else if (op < 0.6) s = s.slice(0, at);
    else if (op < 0.75) {
      const lines = s.split("\n");
      const li = Math.floor(r() * lines.length);
      lines.splice(li, 0, lines[Math.floor(r() * lines.length)]);
      s = lines.join("\n");
    } else if (op < 0.85) {
      const lines = s.split("\n");
      const li = Math.floor(r() * lines.length);
      lines[li] = (r() < 0.5 ? " " : "\t") + lines[li];
      s = lines.join("\n");
    } else s = s.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x10000)) + s.slice(at);
  }
  return s;
}

/** A random YAML value (flow style) of any type, sometimes huge or nested. */
function randomValue(r: R, depth = 0): string {
  const c = r();
  if (c < 0.1) return "null";
  if (c < 0.2) return pick(r, ["true", "false", "yes", "no", "on", "off", "~"]);
  if (c < 0.3) {
    return pick(r, [
      "0",
      "-1",
      "1e400",
      "3.14",
      ".inf",
      ".nan",
      "0x1F",
      "1_000",
      "99999999999999999999",
    ]);
  }
  if (c < 0.4 && depth < 3) {
    return `[${
      Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1)).join(", ")
    }]`;
  }
  if (c < 0.5 && depth < 3) {
    return `{${
      Array.from({ length: Math.floor(r() * 4) }, (_, i) => `k${i}: ${randomValue(r, depth + 1)}`)
        .join(", ")
    }}`;
  }
  if (c < 0.55) return `"${"A".repeat(Math.floor(r() * 200_000))}"`;
  if (c < 0.6) {
    return pick(r, [
      "!!binary aGVsbG8=",
      "2001-12-14t21:59:43.10-05:00",
      "!!str 5",
      "!!int 5",
      "!!float 1",
      "!!python/object:os.system x",
      "!custom x",
      "!!set {a, b}",
      "!!omap [a: 1]",
    ]);
  }
  if (c < 0.65) {
    return pick(r, ["*undefined_alias", "&a x", "<<: x", "? complex", "|\n  block", ">\n  folded"]);
  }
  return JSON.stringify(
    pick(r, [
      "",
      " ",
      "http://",
      "not a url",
      "ftp://x",
      "http://[::1",
      "http://127.0.0.1:1/v3",
      "Default",
      "é",
      "💥",
      "\u0000",
      "\u001b[31m",
      "~/x",
      "../../etc/passwd",
      "Sntl-not-a-secret",
    ]),
  );
}

const KEYS = {
  top: [
    "auth",
    "auth_type",
    "region_name",
    "regions",
    "interface",
    "identity_api_version",
    "compute_api_version",
    "api_timeout",
    "verify",
    "insecure",
    "cacert",
    "cert",
    "key",
    "profile",
    "cloud",
    "compute_endpoint_override",
    "image_endpoint_override",
    "endpoint_type",
    "timeout",
    "compute_timeout",
  ],
  auth: [
    "auth_url",
    "username",
    "password",
    "project_name",
    "project_id",
    "user_domain_name",
    "project_domain_name",
    "domain_name",
    "token",
    "application_credential_id",
    "application_credential_secret",
    "passcode",
    "system_scope",
    "user_id",
  ],
};

/** Valid structure, one or more values replaced with random ones of any type. */
function wrongTypes(r: R, cloud: FakeCloud): string {
  const auth: Record<string, string> = {
    auth_url: JSON.stringify(cloud.authUrl),
    username: "admin",
    password: JSON.stringify(SENTINEL.password),
    project_name: "admin",
    user_domain_name: "Default",
    project_domain_name: "Default",
  };
  const top: Record<string, string> = { region_name: "RegionOne" };
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    if (r() < 0.5) auth[pick(r, KEYS.auth)] = randomValue(r);
    else top[pick(r, KEYS.top)] = randomValue(r);
  }
  // The secret itself in odd shapes: quoted wrongly, in a list, a mapping, a tag, an alias.
  if (r() < 0.3) {
    const p = SENTINEL.password;
    auth[pick(r, ["password", "token", "application_credential_secret", "passcode"])] = pick(r, [
      `[${p}]`,
      `{x: ${p}}`,
      `"${p}`,
      `'${p}`,
      `!${p} x`,
      `!<${p}> x`,
      `*${p}`,
      `&${p}`,
      `"${p}\\q"`,
      `|\n${p}`,
      `${p}: x`,
      `"${p}" "${p}"`,
    ]);
  }
  const authText = r() < 0.1
    ? randomValue(r)
    : `{${Object.entries(auth).map(([k, v]) => `${k}: ${v}`).join(", ")}}`;
  const entries = Object.entries(top).map(([k, v]) => `${k}: ${v}`);
  const cloudText = r() < 0.05 ? randomValue(r) : `{auth: ${authText}, ${entries.join(", ")}}`;
  const cloudsText = r() < 0.05 ? randomValue(r) : `{sentinel: ${cloudText}}`;
  return r() < 0.05 ? randomValue(r) : `clouds: ${cloudsText}\n`;
}

/** Exponential alias expansion: `levels` levels of `width` references each. */
function aliasBomb(levels: number, width: number, where: "cloud" | "auth" | "top"): string {
  const lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let i = 1; i <= levels; i++) {
    lines.push(
      `l${i}: &l${i} {${Array.from({ length: width }, (_, j) => `k${j}: *l${i - 1}`).join(", ")}}`,
    );
  }
  const top = `*l${levels}`;
  if (where === "top") lines.push(`clouds: ${top}`);
  else if (where === "cloud") lines.push(`clouds:\n  sentinel: ${top}`);
  else {lines.push(
      `clouds:\n  sentinel:\n    region_name: RegionOne\n    extra: ${top}\n    auth: {password: "${SENTINEL.password}"}`,
    );}
  return lines.join("\n") + "\n";
}

function adversarial(r: R, cloud: FakeCloud): ConfigCase {
  const valid = sentinelCloudsYaml(cloud);
  const variants: [string, () => Record<string, string>][] = [
    ["alias bomb (cloud)", () => ({ [`${CFG}/clouds.yaml`]: aliasBomb(9, 9, "cloud") })],
    ["alias bomb (extra key)", () => ({ [`${CFG}/clouds.yaml`]: aliasBomb(8, 10, "auth") })],
    ["alias bomb (clouds)", () => ({ [`${CFG}/clouds.yaml`]: aliasBomb(7, 12, "top") })],
    ["alias bomb in secure.yaml", () => ({
      [`${CFG}/clouds.yaml`]: valid,
      [`${CFG}/secure.yaml`]: aliasBomb(9, 9, "auth"),
    })],
    ["self-referencing alias", () => ({
      [`${CFG}/clouds.yaml`]:
        `clouds:\n  sentinel: &a\n    auth: {password: "${SENTINEL.password}"}\n    me: *a\n`,
    })],
    [
      "self-referencing list",
      () => ({ [`${CFG}/clouds.yaml`]: "clouds:\n  sentinel:\n    regions: &a [*a]\n" }),
    ],
    ["deep nesting (flow)", () => ({
      [`${CFG}/clouds.yaml`]: `clouds:\n  sentinel:\n    x: ${"[".repeat(20_000)}${
        "]".repeat(20_000)
      }\n`,
    })],
    ["deep nesting (block)", () => {
      let s = "clouds:\n  sentinel:\n";
      for (let i = 0; i < 3_000; i++) s += " ".repeat(i + 4) + `k${i}:\n`;
      return { [`${CFG}/clouds.yaml`]: s };
    }],
    ["deep nesting (JSON)", () => ({
      [`${CFG}/clouds.json`]: `{"clouds": {"sentinel": ${"[".repeat(50_000)}${
        "]".repeat(50_000)
      }}}`,
    })],
    ["huge file (8 MB value)", () => ({
      [`${CFG}/clouds.yaml`]: valid.replace(
        "region_name: RegionOne",
        `region_name: "${"R".repeat(8_000_000)}"`,
      ),
    })],
    ["100k clouds", () => ({
      [`${CFG}/clouds.yaml`]: "clouds:\n" +
        Array.from({ length: 100_000 }, (_, i) => `  c${i}: {}`).join("\n"),
    })],
    ["BOM", () => ({ [`${CFG}/clouds.yaml`]: "\uFEFF" + valid })],
    ["NUL bytes", () => ({ [`${CFG}/clouds.yaml`]: valid.replace("admin", "ad\u0000min") })],
    ["CRLF", () => ({ [`${CFG}/clouds.yaml`]: valid.replaceAll("\n", "\r\n") })],
    ["tabs", () => ({ [`${CFG}/clouds.yaml`]: valid.replaceAll("    ", "\t") })],
    ["binary junk", () => ({
      [`${CFG}/clouds.yaml`]: Array.from(
        { length: 4096 },
        () => String.fromCharCode(Math.floor(r() * 256)),
      ).join(""),
    })],
    ["empty", () => ({ [`${CFG}/clouds.yaml`]: "" })],
    ["only a comment", () => ({ [`${CFG}/clouds.yaml`]: "# nothing\n" })],
    ["multi-document", () => ({ [`${CFG}/clouds.yaml`]: valid + "---\n" + valid })],
    [
      "python tags",
      () => ({ [`${CFG}/clouds.yaml`]: "clouds: !!python/object/apply:os.system ['true']\n" }),
    ],
    ["merge keys", () => ({
      [`${CFG}/clouds.yaml`]: `base: &base {region_name: RegionOne}\n` +
        valid.replace("  sentinel:\n", "  sentinel:\n    <<: *base\n"),
    })],
    ["__proto__ keys", () => ({
      [`${CFG}/clouds.yaml`]: valid.replace(
        "    auth:\n",
        "    __proto__: {polluted: yes}\n    auth:\n",
      ).replace("      username: admin", "      username: admin\n      __proto__: {x: 1}"),
    })],
    [
      "secure.yaml not a mapping",
      () => ({ [`${CFG}/clouds.yaml`]: valid, [`${CFG}/secure.yaml`]: "- a\n- b\n" }),
    ],
    ["secure.yaml broken at the password", () => ({
      [`${CFG}/clouds.yaml`]: valid.replace(/ {6}password: .*\n/, ""),
      [`${CFG}/secure.yaml`]:
        `clouds:\n  sentinel:\n    auth:\n      password: "${SENTINEL.password}\n`,
    })],
    ["password as a list", () => ({
      [`${CFG}/clouds.yaml`]: valid.replace(
        `password: "${SENTINEL.password}"`,
        `password: ["${SENTINEL.password}"]`,
      ),
    })],
    ["password as a mapping", () => ({
      [`${CFG}/clouds.yaml`]: valid.replace(
        `password: "${SENTINEL.password}"`,
        `password: {x: "${SENTINEL.password}"}`,
      ),
    })],
    ["password unterminated quote", () => ({
      [`${CFG}/clouds.yaml`]: valid.replace(
        `password: "${SENTINEL.password}"`,
        `password: "${SENTINEL.password}`,
      ),
    })],
    ["password with a bad escape", () => ({
      [`${CFG}/clouds.yaml`]: valid.replace(
        `password: "${SENTINEL.password}"`,
        `password: "${SENTINEL.password}\\q"`,
      ),
    })],
    ["JSON with the password at the error", () => ({
      [`${CFG}/clouds.json`]:
        `{"clouds": {"sentinel": {"auth": {"password": "${SENTINEL.password}" "x"}}}}`,
    })],
  ];
  const [kind, make] = pick(r, variants);
  return { kind: `adversarial: ${kind}`, files: make() };
}

function makeCase(r: R, cloud: FakeCloud): ConfigCase {
  const c = r();
  const valid = sentinelCloudsYaml(cloud);
  if (c < 0.4) {
    const files: Record<string, string> = {};
    const name = r() < 0.1 ? `${CFG}/clouds.json` : `${CFG}/clouds.yaml`;
    files[name] = mutateBytes(r, valid);
    return { kind: "byte mutation", files, cloud: r() < 0.8 ? "sentinel" : "appcred" };
  }
  if (c < 0.8) {
    return { kind: "wrong types", files: { [`${CFG}/clouds.yaml`]: wrongTypes(r, cloud) } };
  }
  if (c < 0.87) {
    return {
      kind: "secure.yaml mutation",
      files: {
        [`${CFG}/clouds.yaml`]: valid.replace(/ {6}password: .*\n/, ""),
        [`${CFG}/secure.yaml`]: mutateBytes(
          r,
          `clouds:\n  sentinel:\n    auth:\n      password: "${SENTINEL.password}"\n`,
        ),
      },
    };
  }
  return adversarial(r, cloud);
}

Deno.test({
  name: `fuzz: ${COUNT} malformed or adversarial config files (seed ${SEED})`,
  sanitizeResources: false,
  sanitizeOps: false,
}, async () => {
  const cloud = await startSentinelCloud();
  const r = prng(SEED);
  const codes: Record<number, number> = {};
  const kinds: Record<string, number> = {};
  const failures: string[] = [];
  let slowest = { ms: 0, kind: "" };
  const t0 = performance.now();
  let ran = 0;
  try {
    for (let i = 0; i < COUNT; i++) {
      const kase = makeCase(r, cloud);
      if (ONLY !== undefined && String(i) !== ONLY) continue;
      if (performance.now() - t0 > TOTAL_BUDGET_MS) {
        failures.push(`time budget of ${TOTAL_BUDGET_MS} ms used up after ${i} files`);
        break;
      }
      const files = Object.fromEntries(
        Object.entries(kase.files).map((
          [p, t],
        ) => [p.replace(/clouds\.(yaml|json)$/, (m) => m), t]),
      );
      const cloudsFile = Object.keys(files).find((p) => /clouds\.(yaml|json)$/.test(p));
      const c = fakeDeps({
        env: {
          OS_CLOUD: kase.cloud ?? "sentinel",
          OS_TOKEN_CACHE: "0",
          OS_CLIENT_CONFIG_FILE: cloudsFile ?? `${CFG}/clouds.yaml`,
          OS_CLIENT_SECURE_FILE: `${CFG}/secure.yaml`,
        },
        files,
        fetch: cloud.fetch,
      });
      c.deps.makeFetch = () => cloud.fetch;
      const started = performance.now();
      let code: number;
      try {
        code = await within(
          PER_CASE_MS,
          run(["server", "list", "-f", "value", "-c", "Name"], c.deps, registry),
          `file ${i}`,
        );
      } catch (e) {
        failures.push(`#${i} ${kase.kind}: threw ${e}`);
        continue;
      }
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms: Math.round(ms), kind: kase.kind };
      ran++;
      codes[code] = (codes[code] ?? 0) + 1;
      kinds[kase.kind.startsWith("adversarial") ? "adversarial" : kase.kind] =
        (kinds[kase.kind.startsWith("adversarial") ? "adversarial" : kase.kind] ?? 0) + 1;
      const out = c.stdout();
      const err = c.stderr();
      const problems: string[] = [];
      if (code !== 0 && code !== 1) problems.push(`exit ${code}`);
      if (/^\s+at /m.test(out + err)) problems.push("stack trace");
      if (/unexpected error/.test(err)) problems.push("unexpected error");
      const leaks = [
        ...findLeaks(out, "stdout", cloud.issuedTokens()),
        ...findLeaks(err, "stderr"),
      ];
      if (leaks.length) problems.push(`leak ${leaks.join(",")}`);
      if (code !== 0) {
        if (out !== "") problems.push("stdout on failure");
        const lines = err.split("\n").filter((l) => l && !l.startsWith("WARNING: "));
        if (lines.length !== 1) problems.push(`${lines.length} lines`);
        if (err.length > 2000) problems.push(`${err.length} chars of error`);
      }
      if (problems.length) {
        failures.push(`#${i} ${kase.kind}: ${problems.join(", ")}\n  ${err.slice(0, 300)}`);
      }
    }
  } finally {
    await cloud.close();
  }
  printFigure("config fuzz files run", ran);
  printFigure("config fuzz kinds", kinds);
  printFigure("config fuzz exit codes", codes);
  printFigure("config fuzz slowest case", slowest);
  printFigure("config fuzz seconds", ((performance.now() - t0) / 1000).toFixed(1));
  printFigure("config fuzz failures", failures.length);
  ok(failures.length === 0, failures.slice(0, 25).join("\n"));
});

Deno.test("config: an alias bomb is refused quickly, with one line", async () => {
  const c = fakeDeps({
    env: { OS_CLOUD: "sentinel", OS_CLIENT_CONFIG_FILE: `${CFG}/clouds.yaml` },
    files: { [`${CFG}/clouds.yaml`]: aliasBomb(9, 9, "cloud") },
  });
  const t0 = performance.now();
  const code = await within(5_000, run(["server", "list"], c.deps, registry), "alias bomb");
  const ms = performance.now() - t0;
  ok(code === 1, c.stderr());
  ok(
    c.stderr() ===
      `Cannot parse ${CFG}/clouds.yaml: more than 100000 values once aliases are expanded\n`,
    c.stderr(),
  );
  ok(ms < 2_000, `${ms} ms`);
  printFigure("alias bomb (9 levels × 9, 387M values expanded) refused in ms", Math.round(ms));
});
