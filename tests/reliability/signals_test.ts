/**
 * Signals and pipes, on the real process: Ctrl-C (SIGINT) during a slow
 * request and during a long paged listing ends with exit 130, "Interrupted"
 * and no stack trace, quickly; output piped into a reader that stops after the
 * first line (`| head -1`) ends quietly.
 */
import { ok, strictEqual } from "node:assert";
import { bigDataset, defaultDataset } from "../fake_cloud/datasets.ts";
import { ourCommand } from "../helpers/cli.ts";
import { passwordEnv, printFigure, sandbox, startSentinelCloud } from "./helpers.ts";

const opts = { sanitizeResources: false, sanitizeOps: false };

function spawn(argv: string[], env: Record<string, string>) {
  const cmd = ourCommand("source");
  return new Deno.Command(cmd[0], {
    args: [...cmd.slice(1), ...argv],
    env,
    clearEnv: true,
    cwd: "/tmp",
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
}

async function readAll(s: ReadableStream<Uint8Array>): Promise<string> {
  return await new Response(s).text();
}

/** Starts the CLI, waits until the fake has seen `requests` requests, sends SIGINT. */
async function interrupt(
  cloudOpts: Parameters<typeof startSentinelCloud>[0],
  argv: string[],
  requests: number,
) {
  const cloud = await startSentinelCloud(cloudOpts);
  const box = await sandbox();
  try {
    const child = spawn(argv, { ...box.env, ...passwordEnv(cloud), OS_TOKEN_CACHE: "0" });
    const out = readAll(child.stdout);
    const err = readAll(child.stderr);
    const deadline = Date.now() + 20_000;
    while (cloud.requests.length < requests && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    ok(cloud.requests.length >= requests, "the CLI got going");
    const t0 = performance.now();
    child.kill("SIGINT");
    const status = await child.status;
    const ms = Math.round(performance.now() - t0);
    return { code: status.code, signal: status.signal, stdout: await out, stderr: await err, ms };
  } finally {
    await cloud.close();
    await box.cleanup();
  }
}

Deno.test(
  { name: "SIGINT during a slow request: exit 130, one line, no trace", ...opts },
  async () => {
    // every response takes 10 s; interrupt while the first (auth) is in flight
    const r = await interrupt({ latencyMs: 10_000 }, ["server", "list"], 1);
    strictEqual(r.code, 130, r.stderr);
    strictEqual(r.stdout, "");
    strictEqual(r.stderr, "Interrupted\n");
    ok(r.ms < 1_500, `stopped in ${r.ms} ms`);
    printFigure("SIGINT during a slow request: ms to exit", r.ms);
  },
);

Deno.test({ name: "SIGINT during a long paged listing: exit 130, no trace", ...opts }, async () => {
  // 5,000 servers, 50 a page, 20 ms a page: interrupt after a few pages
  const dataset = { ...defaultDataset(), servers: bigDataset(5_000).servers };
  const r = await interrupt(
    { dataset, maxLimit: 50, latencyMs: 20 },
    ["server", "list", "-n"],
    8,
  );
  strictEqual(r.code, 130, r.stderr);
  strictEqual(r.stdout, "");
  strictEqual(r.stderr, "Interrupted\n");
  ok(r.ms < 1_500, `stopped in ${r.ms} ms`);
  printFigure("SIGINT during a paged listing: ms to exit", r.ms);
});

Deno.test({ name: "output piped into head -1: ends quietly", ...opts }, async () => {
  const dataset = { ...defaultDataset(), servers: bigDataset(20_000).servers };
  const cloud = await startSentinelCloud({ dataset });
  const box = await sandbox();
  try {
    const child = spawn(
      ["server", "list", "-n", "-f", "value", "-c", "ID", "-c", "Name"],
      { ...box.env, ...passwordEnv(cloud), OS_TOKEN_CACHE: "0" },
    );
    const err = readAll(child.stderr);
    // read the first line, then close the pipe as head does
    const reader = child.stdout.getReader();
    let first = "";
    while (!first.includes("\n")) {
      const { value, done } = await reader.read();
      if (done) break;
      first += new TextDecoder().decode(value);
    }
    await reader.cancel();
    const status = await child.status;
    const stderr = await err;
    ok(/^[0-9a-f-]{36} server-/.test(first), first.slice(0, 100));
    ok(status.code === 0 || status.code === 141, `exit ${status.code}`);
    strictEqual(stderr, "", "nothing on stderr (no EPIPE trace)");
    printFigure("head -1 on a 20,000-server listing: exit", status.code);
  } finally {
    await cloud.close();
    await box.cleanup();
  }
});

Deno.test({ name: "output piped into a real `head -1` through a shell", ...opts }, async () => {
  const dataset = { ...defaultDataset(), servers: bigDataset(20_000).servers };
  const cloud = await startSentinelCloud({ dataset });
  const box = await sandbox();
  try {
    const cmd = ourCommand("source").map((a) => `'${a}'`).join(" ");
    const out = await new Deno.Command("bash", {
      args: [
        "-c",
        `set -o pipefail; ${cmd} server list -n -f value -c Name 2>"${box.dir}/err" | head -1; ` +
        `echo "rc=$?"`,
      ],
      env: { ...box.env, ...passwordEnv(cloud), OS_TOKEN_CACHE: "0" },
      clearEnv: true,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout);
    const lines = text.trim().split("\n");
    strictEqual(lines.length, 2, text);
    ok(/^server-\d+$/.test(lines[0]), lines[0]);
    ok(lines[1] === "rc=0" || lines[1] === "rc=141", lines[1]);
    strictEqual(await Deno.readTextFile(`${box.dir}/err`), "");
  } finally {
    await cloud.close();
    await box.cleanup();
  }
});
