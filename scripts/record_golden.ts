/**
 * Records what Debian's python-openstackclient (/usr/bin/openstack) prints for
 * `server list` against the fake cloud, into tests/golden/server_list/<case>.json.
 *
 *   deno run -A scripts/record_golden.ts [--only CASE ...] [--openstack /usr/bin/openstack]
 *
 * Each file holds argv (after the program name), the dataset, stdout, stderr
 * and the exit code. stdout/stderr are the exact bytes decoded as UTF-8 (JSON
 * escapes keep every byte); should the output not be valid UTF-8 the bytes are
 * stored base64-encoded in stdout_base64/stderr_base64 instead.
 * The fake cloud runs with deterministic request ids and a random port; its URL
 * is written as http://127.0.0.1:PORT everywhere in the file (`base_url` too),
 * so a comparer substitutes its own fake's URL for that placeholder. Re-recording
 * with an unchanged fake and client gives byte-identical files.
 * requests.json lists, per case, the requests the python client made.
 */
import { emptyDataset, type FakeDataset, goldenDataset } from "../tests/fake_cloud/datasets.ts";
import { type FakeCloud, startFakeCloud } from "../tests/fake_cloud/server.ts";

interface Case {
  name: string;
  args: string[];
  dataset?: "golden" | "empty";
  cloud?: string;
  note?: string;
}

const CASES: Case[] = [
  { name: "default", args: ["server", "list"] },
  { name: "long", args: ["server", "list", "--long"] },
  { name: "format_json", args: ["server", "list", "-f", "json"] },
  { name: "format_value", args: ["server", "list", "-f", "value"] },
  { name: "format_csv", args: ["server", "list", "-f", "csv"] },
  { name: "format_yaml", args: ["server", "list", "-f", "yaml"] },
  { name: "columns_id_name", args: ["server", "list", "-c", "ID", "-c", "Name"] },
  { name: "sort_name", args: ["server", "list", "--sort-column", "Name"] },
  {
    name: "sort_name_desc",
    args: ["server", "list", "--sort-column", "Name", "--sort-descending"],
  },
  { name: "empty", args: ["server", "list"], dataset: "empty" },
  { name: "empty_print_empty", args: ["server", "list", "--print-empty"], dataset: "empty" },
  { name: "empty_json", args: ["server", "list", "-f", "json"], dataset: "empty" },
  { name: "name_regex", args: ["server", "list", "--name", "server-[12]"] },
  { name: "limit_2", args: ["server", "list", "--limit", "2"] },
  { name: "no_name_lookup", args: ["server", "list", "-n"] },
  { name: "long_json", args: ["server", "list", "--long", "-f", "json"] },
  { name: "json_noindent", args: ["server", "list", "-f", "json", "--noindent"] },
  { name: "max_width_60", args: ["server", "list", "--max-width", "60"] },
  { name: "status_active", args: ["server", "list", "--status", "ACTIVE"] },
  {
    name: "unknown_command",
    args: ["server", "lst"],
    note: "python prints the did-you-mean text on stdout and exits 2",
  },
  { name: "bogus_option", args: ["server", "list", "--bogus"], note: "argparse usage error" },
  { name: "wrong_password", args: ["server", "list"], cloud: "wrongpw" },
];

const args = [...Deno.args];
const only: string[] = [];
let openstack = "/usr/bin/openstack";
while (args.length) {
  const a = args.shift()!;
  if (a === "--only") only.push(args.shift()!);
  else if (a === "--openstack") openstack = args.shift()!;
  else throw new Error(`unknown argument ${a}`);
}

const outDir = new URL("../tests/golden/server_list/", import.meta.url).pathname;
await Deno.mkdir(outDir, { recursive: true });
const tmp = await Deno.makeTempDir({ prefix: "osc-golden-" });

function wrongPasswordYaml(cloud: FakeCloud): string {
  return cloud.cloudsYaml().replace(/^clouds:\n/, "") // reuse the admin block
    .split(/\n(?= {2}\S)/)[0]
    .replace("  admin:", "  wrongpw:")
    .replace("password: admin", "password: not-the-password") + "\n";
}

const decoder = new TextDecoder("utf-8", { fatal: true });
function text(bytes: Uint8Array, key: string): Record<string, string> {
  try {
    return { [key]: decoder.decode(bytes) };
  } catch {
    let bin = "";
    for (const b of bytes) bin += String.fromCharCode(b);
    return { [`${key}_base64`]: btoa(bin) };
  }
}

const requestLog: Record<
  string,
  { method: string; path: string; headers: Record<string, string> }[]
> = {};
const INTERESTING_HEADERS = [
  "accept",
  "content-type",
  "openstack-api-version",
  "x-openstack-nova-api-version",
  "user-agent",
];

async function runCase(c: Case, ds: FakeDataset, dsName: string) {
  // One fresh fake per case, so request ids restart and the log is the case's own.
  const cloud = await startFakeCloud({ dataset: ds, deterministicIds: true });
  try {
    const yamlPath = `${tmp}/clouds.yaml`;
    await Deno.writeTextFile(yamlPath, cloud.cloudsYaml() + wrongPasswordYaml(cloud));
    const argv = ["--os-cloud", c.cloud ?? "admin", ...c.args];
    const out = await new Deno.Command(openstack, {
      args: argv,
      env: { PATH: "/usr/bin:/bin", HOME: tmp, OS_CLIENT_CONFIG_FILE: yamlPath },
      clearEnv: true,
      cwd: tmp,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    const rec = {
      case: c.name,
      ...(c.note ? { note: c.note } : {}),
      argv,
      dataset: dsName,
      base_url: cloud.url,
      exit_code: out.code,
      ...text(out.stdout, "stdout"),
      ...text(out.stderr, "stderr"),
    };
    // The port is random: write the URL as a placeholder so re-recording gives no diff.
    const json = JSON.stringify(rec, null, 2).replaceAll(cloud.url, "http://127.0.0.1:PORT");
    await Deno.writeTextFile(`${outDir}/${c.name}.json`, json + "\n");
    requestLog[c.name] = cloud.requests.map((r) => ({
      method: r.method,
      path: r.path,
      headers: Object.fromEntries(
        INTERESTING_HEADERS.filter((h) => r.headers[h] !== undefined).map((h) => [h, r.headers[h]]),
      ),
    }));
    console.log(`${c.name}: exit ${out.code}, ${cloud.requests.length} requests`);
  } finally {
    await cloud.close();
  }
}

for (const c of CASES) {
  if (only.length && !only.includes(c.name)) continue;
  const dsName = c.dataset ?? "golden";
  await runCase(c, dsName === "empty" ? emptyDataset() : goldenDataset(), dsName);
}

if (!only.length) {
  await Deno.writeTextFile(
    `${outDir}/requests.json`,
    JSON.stringify(
      {
        note:
          "Requests /usr/bin/openstack (python-openstackclient 6.0.0) made against the fake cloud, per case. " +
          "Paths are relative to the fake cloud's root (identity at /identity/v3, compute at /compute/v2.1, image at /image).",
        cases: requestLog,
      },
      null,
      2,
    ) + "\n",
  );
}
await Deno.remove(tmp, { recursive: true });
