/**
 * Every registered read command (`… list`, `… show <first of the list>`) runs against the fake
 * cloud with the captured answers (what `deno task demo` serves): exit 0 and output, or the
 * real cloud's own refusal replayed (an API this cloud no longer serves).
 * The command list comes from the registry, so a new command is covered as soon as it is
 * registered; when the fake has no answer for a path it needs, the failure names the path
 * (capture it: `deno run -A scripts/capture_demo.ts` with the test cloud up).
 */
import assert from "node:assert/strict";
import { run } from "../../src/cli/run.ts";
import { registry } from "../../src/registry.gen.ts";
import { fakeDeps } from "../helpers/fake_deps.ts";
import { datasets } from "./datasets.ts";
import { startFakeCloud } from "./server.ts";
import { capturedDemo, readCommands, showArgument } from "./replay.ts";

const CLOUDS = "/work/clouds.yaml";
const commands = await readCommands(registry);
const captured = await capturedDemo();

async function withCloud(fn: (cli: (argv: string[]) => Promise<Result>) => Promise<void>) {
  const cloud = await startFakeCloud({ dataset: datasets.golden(), captured });
  try {
    await fn(async (argv) => {
      const before = cloud.replayMisses().length;
      const c = fakeDeps({
        env: { OS_CLIENT_CONFIG_FILE: CLOUDS, OS_CLOUD: "admin", OS_TOKEN_CACHE: "0" },
        files: { [CLOUDS]: cloud.cloudsYaml() },
        fetch: (i, init) => cloud.fetch(i, init),
      });
      const code = await run(argv, c.deps, registry);
      return {
        code,
        stdout: c.stdout(),
        stderr: c.stderr(),
        misses: cloud.replayMisses().slice(before),
      };
    });
  } finally {
    await cloud.close();
  }
}

interface Result {
  code: number;
  stdout: string;
  stderr: string;
  misses: string[];
}

function explain(argv: string[], r: Result): string {
  const misses = r.misses.length
    ? `\n  paths the fake cloud has no captured answer for:\n    ${r.misses.join("\n    ")}` +
      "\n  (capture them: deno run -A scripts/capture_demo.ts, with the test cloud up)"
    : "";
  return `openstack ${argv.join(" ")} → exit ${r.code}\n  stderr: ${r.stderr.trim()}${misses}`;
}

const opts = { sanitizeResources: false, sanitizeOps: false };

Deno.test("the registry has read commands to run", () => {
  assert.ok(commands.lists.length >= 10, `only ${commands.lists.length} list commands`);
  assert.ok(commands.lists.includes("network list") && commands.shows.includes("volume show"));
});

/**
 * The real cloud's own refusal, replayed: the fake had an answer (no miss) and it was an HTTP
 * error (Nova's 410 for compute agents), which the command reports in one line, as it does
 * against the real cloud.
 */
function refusedByTheCloud(r: Result): boolean {
  return r.code === 1 && r.misses.length === 0 && /\(HTTP [45]\d\d\)/.test(r.stderr) &&
    r.stderr.trim().split("\n").length === 1;
}

/**
 * Read commands the demo cannot serve yet, and why: their paths hold an id the fake makes up
 * itself (its own user and servers), which the captured answers of the real cloud never saw.
 * A command listed here that starts to work fails the test, so the list only shrinks.
 */
const NOT_SERVED: Record<string, string> = {
  "access rule list": "path holds the user id (the fake's own user)",
  "application credential list": "path holds the user id (the fake's own user)",
  "ec2 credentials list": "path holds the user id (the fake's own user)",
  "server event list": "path holds a server id (the fake simulates its own servers)",
  "volume message list": "needs --os-volume-api-version 3.3 (python's default is 3.0)",
  "quota list": "needs --compute, --volume or --network (one is required)",
  "limits show": "needs --absolute or --rate (one is required)",
  "federation protocol list": "needs --identity-provider (a required option)",
  "floating ip pool list": "refused on a Neutron cloud, as python does (nova-network only)",
  "block storage cluster list": "needs --os-volume-api-version 3.7 (python's default is 3.0)",
  "block storage resource filter list": "needs --os-volume-api-version 3.33",
  "volume attachment list": "needs --os-volume-api-version 3.27",
  "volume group type list": "needs --os-volume-api-version 3.11",
  "volume group list": "needs --os-volume-api-version 3.13",
  "volume group snapshot list": "needs --os-volume-api-version 3.14",
  "usage list":
    "the query holds the run's own dates (the last four weeks); a capture matches its day",
  "usage show":
    "the query holds the run's own dates (the last four weeks); a capture matches its day",
  "federation domain list":
    "the fake's own Keystone serves /v3/auth (tokens) and has no auth/domains",
  "federation project list":
    "the fake's own Keystone serves /v3/auth (tokens) and has no auth/projects",
  "image member list": "path holds an image id (the fake simulates its own images)",
  "server volume list": "path holds a server id (the fake simulates its own servers)",
  "extension show": "the list's first name (Nova's Multinic) is no alias, which show looks up",
};

async function listWorks(cli: (argv: string[]) => Promise<Result>, id: string): Promise<void> {
  const json = [...id.split(" "), "-f", "json"];
  const r = await cli(json);
  if (refusedByTheCloud(r)) return;
  assert.equal(r.code, 0, explain(json, r));
  const rows = JSON.parse(r.stdout);
  assert.ok(Array.isArray(rows), explain(json, r));
  const table = [...id.split(" "), "-f", "table"];
  const t = await cli(table);
  assert.equal(t.code, 0, explain(table, t));
  // an empty list prints no table, only a newline, as python's does
  if (rows.length) assert.notEqual(t.stdout.trim(), "", `${explain(table, t)}\n  printed nothing`);
  else assert.equal(t.stdout.trim(), "", explain(table, t));
}

for (const id of commands.lists) {
  Deno.test(`fake cloud serves: ${id}`, opts, () =>
    withCloud(async (cli) => {
      if (NOT_SERVED[id]) {
        await assert.rejects(listWorks(cli, id), `${id} works now: take it off NOT_SERVED`);
        return;
      }
      await listWorks(cli, id);
    }));
}

for (const id of commands.bare) {
  Deno.test(`fake cloud serves: ${id}`, opts, () =>
    withCloud(async (cli) => {
      const argv = id.split(" ");
      const r = await cli(argv);
      // a new show without arguments is not captured yet either: it fails until it is
      if (NOT_SERVED[id]) {
        assert.notEqual(r.code, 0, `${id} works now: take it off NOT_SERVED`);
        return;
      }
      assert.equal(r.code, 0, explain(argv, r));
      assert.match(r.stdout, /^\+-+\+-+\+\n\| Field +\| Value/, explain(argv, r));
    }));
}

for (const id of commands.shows) {
  Deno.test(`fake cloud serves: ${id} <first of its list>`, opts, () =>
    withCloud(async (cli) => {
      const arg = await showArgument(id, commands, cli);
      // nothing to show when the test cloud's list is empty or refused (its own test says so)
      if (arg === undefined || NOT_SERVED[id]) return;
      const argv = [...id.split(" "), ...arg];
      const r = await cli(argv);
      assert.equal(r.code, 0, explain(argv, r));
      // a list of something's parts (local ip association list <local-ip>) prints a list
      if (id.endsWith(" list")) return;
      assert.match(r.stdout, /^\+-+\+-+\+\n\| Field +\| Value/, explain(argv, r));
    }));
}

Deno.test(
  "half the list commands at least have rows in the captured answers",
  opts,
  () =>
    withCloud(async (cli) => {
      let withRows = 0;
      for (const id of commands.lists) {
        const r = await cli([...id.split(" "), "-f", "json"]);
        if (r.code === 0 && (JSON.parse(r.stdout) as unknown[]).length > 0) withRows++;
      }
      // the core ones at least (servers, networks, images, volumes, projects, users, ...)
      assert.ok(withRows >= 20, `only ${withRows} of ${commands.lists.length} lists have rows`);
    }),
);

Deno.test(
  "a path with no captured answer fails loudly, naming the path",
  opts,
  () =>
    withCloud(async (cli) => {
      const r = await cli(["network", "show", "no-such-network-anywhere"]);
      assert.equal(r.code, 1);
      assert.ok(
        r.misses.some((m) => m.startsWith("GET /network/v2.0/networks/no-such-network-anywhere")),
        r.misses.join("\n"),
      );
    }),
);
