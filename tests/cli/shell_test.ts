/**
 * `openstack` with no command: commands piped on stdin, `--batch FILE`, and
 * the interactive prompt, run in-process against the fake cloud. Each
 * command's output must be what the same command prints run alone; N
 * commands must authenticate once.
 */
import { deepStrictEqual, ok, rejects, strictEqual } from "node:assert";
import { startFakeCloud } from "../fake_cloud/server.ts";
import { datasets } from "../fake_cloud/datasets.ts";
import { run } from "../../src/cli/run.ts";
import type { ShellInput } from "../../src/cli/shell_input.ts";
import { registry } from "../../src/registry.gen.ts";
import { shlexSplit } from "../../src/cli/shlex.ts";
import { fakeDeps } from "../helpers/fake_deps.ts";

const opts = { sanitizeResources: false, sanitizeOps: false };
type Cloud = Awaited<ReturnType<typeof startFakeCloud>>;

const CLOUDS = "/work/clouds.yaml";

async function withCloud(fn: (cloud: Cloud) => Promise<void>) {
  const cloud = await startFakeCloud({ dataset: datasets.golden() });
  try {
    await fn(cloud);
  } finally {
    await cloud.close();
  }
}

function input(text: string, terminal = false) {
  const handlers: ((() => boolean) | undefined)[] = [];
  const i: ShellInput = {
    stdin: () => ReadableStream.from([new TextEncoder().encode(text)]),
    isTerminal: () => terminal,
    onInterrupt: (h) => void handlers.push(h),
  };
  return { input: i, handlers };
}

/** Runs the CLI in-process against the fake cloud (no token cache: every session logs in). */
async function cli(
  cloud: Cloud,
  argv: string[],
  stdin?: string,
  o: {
    terminal?: boolean;
    files?: Record<string, string>;
    env?: Record<string, string>;
    fetch?: typeof fetch;
  } = {},
) {
  const c = fakeDeps({
    env: { OS_CLIENT_CONFIG_FILE: CLOUDS, OS_TOKEN_CACHE: "0", ...o.env },
    files: { [CLOUDS]: cloud.cloudsYaml(), ...o.files },
    fetch: o.fetch ?? ((i, init) => cloud.fetch(i, init)),
  });
  const shell = stdin === undefined ? undefined : input(stdin, o.terminal);
  const code = await run(argv, c.deps, registry, { input: shell?.input });
  return { code, out: c.stdout(), err: c.stderr(), handlers: shell?.handlers ?? [] };
}

function logins(cloud: Cloud): number {
  return cloud.requests.filter((r) => r.method === "POST" && r.path.endsWith("/auth/tokens"))
    .length;
}

const SCRIPT = [
  "server list",
  "server list --long -f json",
  "server list -n -f value -c Name",
  "server show server-1 -f json",
  "flavor list",
  "flavor show nope",
  "image list -f csv",
  "image show cirros-0.6.2-x86_64-disk -f yaml",
  "sever lsit",
  "server list --limit x",
  "token issue -f value -c project_id",
  "flavor show m1.tiny -f shell",
];

/** What the lines print run one by one, each as its own `openstack` process would. */
async function alone(cloud: Cloud, start: string[], lines: string[]) {
  let out = "";
  let err = "";
  const codes: number[] = [];
  for (const line of lines) {
    const r = await cli(cloud, [...start, ...shlexSplit(line)]);
    out += r.out;
    err += r.err;
    codes.push(r.code);
  }
  return { out, err, codes };
}

Deno.test(
  {
    name: "piped commands: the same output as run one by one, one login, first failure's code",
    ...opts,
  },
  () =>
    withCloud(async (cloud) => {
      const single = await alone(cloud, ["--os-cloud", "admin"], SCRIPT);
      strictEqual(logins(cloud), SCRIPT.length - 2); // the two usage errors never log in
      deepStrictEqual(single.codes, [0, 0, 0, 0, 0, 1, 0, 0, 2, 2, 0, 0]);
      cloud.clearRequests();
      const piped = await cli(cloud, ["--os-cloud", "admin"], SCRIPT.join("\n") + "\n");
      strictEqual(piped.out, single.out);
      strictEqual(piped.err, single.err);
      strictEqual(piped.code, 1, "the first failure's exit code");
      // one login; the failure drops the session, so the commands after it log in once more;
      // and `token issue` asks Keystone for a new token, alone or not
      strictEqual(logins(cloud), 3);
      ok(piped.out.includes("server-1") && piped.out.includes("m1.tiny"));
    }),
);

Deno.test(
  {
    name: "N successful commands authenticate once and reuse the session's version discovery",
    ...opts,
  },
  () =>
    withCloud(async (cloud) => {
      const ok20 = SCRIPT.filter((_, i) => ![5, 8, 9].includes(i));
      const lines = [...ok20, ...ok20].join("\n");
      const r = await cli(cloud, ["--os-cloud", "admin"], lines);
      strictEqual(r.code, 0, r.err);
      // `token issue` asks Keystone for a new token each time; nothing else logs in again
      strictEqual(logins(cloud), 1 + 2);
      const discovery = cloud.requests.filter((q) => /\/compute\/?$|\/v2\.1\/?$/.test(q.path));
      ok(discovery.length <= 1, discovery.map((q) => q.path).join(", "));
    }),
);

Deno.test(
  { name: "--batch FILE stops at the first failure with its exit code", ...opts },
  () =>
    withCloud(async (cloud) => {
      const files = { "/work/script.txt": "flavor list\nsever lsit\nimage list\n" };
      const r = await cli(cloud, ["--os-cloud", "admin", "--batch", "script.txt"], "", { files });
      const single = await alone(cloud, ["--os-cloud", "admin"], ["flavor list", "sever lsit"]);
      strictEqual(r.code, 2);
      strictEqual(r.out, single.out);
      strictEqual(r.err, single.err);
      // and with nothing failing, every command, exit 0
      const ok2 = { "/work/ok.txt": "flavor list\nimage list" };
      const all = await cli(cloud, ["--batch=ok.txt", "--os-cloud", "admin"], "", { files: ok2 });
      strictEqual(all.code, 0, all.err);
      strictEqual(
        all.out,
        (await alone(cloud, ["--os-cloud", "admin"], ["flavor list", "image list"])).out,
      );
    }),
);

Deno.test(
  {
    name: "reads run side by side, print in line order; any other line waits for them",
    ...opts,
  },
  () =>
    withCloud(async (cloud) => {
      // the flavor list answers last: the reads after it must not wait for it, and a line
      // that is no read (token issue) must not start before every read before it has ended
      const events: string[] = [];
      const slow = (i: RequestInfo | URL, init?: RequestInit) => {
        const req = new Request(i, init);
        const what = `${req.method} ${new URL(req.url).pathname}`;
        events.push(`start ${what}`);
        const delay = /\/flavors\/detail$/.test(what) ? 150 : 0;
        return new Promise<void>((r) => setTimeout(r, delay))
          .then(() => cloud.fetch(req))
          .then((res) => (events.push(`end ${what}`), res));
      };
      const lines = [
        "flavor list",
        "image list -f value -c Name",
        "server list -f value -c Name",
        "token issue -f value -c project_id",
        "image show cirros-0.6.2-x86_64-disk -f value -c name",
      ];
      const single = await alone(cloud, ["--os-cloud", "admin"], lines);
      const r = await cli(cloud, ["--os-cloud", "admin"], lines.join("\n"), { fetch: slow });
      strictEqual(r.code, 0, r.err);
      strictEqual(r.out, single.out);
      strictEqual(r.err, single.err);
      const at = (e: RegExp) => events.findIndex((x) => e.test(x));
      const flavorsEnd = at(/^end GET .*\/flavors\/detail$/);
      ok(at(/^start GET .*\/v2\/images$/) < flavorsEnd, events.join("\n"));
      ok(at(/^end GET .*\/servers\/detail$/) < flavorsEnd, events.join("\n"));
      // the second login is token issue's own
      const logins = [...events.keys()].filter((k) =>
        /^start POST .*\/auth\/tokens$/.test(events[k])
      );
      strictEqual(logins.length, 2, events.join("\n"));
      ok(logins[1] > flavorsEnd, events.join("\n"));
    }),
);

Deno.test(
  {
    name: "a piped read prints before the next line arrives (the feeder may wait for it)",
    ...opts,
  },
  () =>
    withCloud(async (cloud) => {
      const c = fakeDeps({
        env: { OS_CLIENT_CONFIG_FILE: CLOUDS, OS_TOKEN_CACHE: "0" },
        files: { [CLOUDS]: cloud.cloudsYaml() },
        fetch: (i, init) => cloud.fetch(i, init),
      });
      let feed!: ReadableStreamDefaultController<Uint8Array>;
      const stdin = new ReadableStream<Uint8Array>({ start: (ctl) => void (feed = ctl) });
      const input: ShellInput = {
        stdin: () => stdin,
        isTerminal: () => false,
        onInterrupt: () => {},
      };
      const done = run(["--os-cloud", "admin"], c.deps, registry, { input });
      const line = (text: string) => feed.enqueue(new TextEncoder().encode(text + "\n"));
      line("flavor list -f value -c Name");
      const deadline = Date.now() + 5000;
      while (!c.stdout().includes("m1.tiny")) {
        ok(Date.now() < deadline, "the first line's output never came");
        await new Promise((r) => setTimeout(r, 10));
      }
      line("image list -f value -c Name");
      feed.close();
      strictEqual(await done, 0, c.stderr());
      const lines = ["flavor list -f value -c Name", "image list -f value -c Name"];
      strictEqual(c.stdout(), (await alone(cloud, ["--os-cloud", "admin"], lines)).out);
    }),
);

Deno.test(
  { name: "a read's output that cannot be written fails the shell, not the process", ...opts },
  () =>
    withCloud(async (cloud) => {
      const c = fakeDeps({
        env: { OS_CLIENT_CONFIG_FILE: CLOUDS, OS_TOKEN_CACHE: "0" },
        files: { [CLOUDS]: cloud.cloudsYaml() },
        fetch: (i, init) => cloud.fetch(i, init),
      });
      const deps = {
        ...c.deps,
        stdout: { write: () => Promise.reject(new Error("stdout is gone")) },
      };
      let feed!: ReadableStreamDefaultController<Uint8Array>;
      const stdin = new ReadableStream<Uint8Array>({ start: (ctl) => void (feed = ctl) });
      const shell: ShellInput = {
        stdin: () => stdin,
        isTerminal: () => false,
        onInterrupt: () => {},
      };
      const done = run(["--os-cloud", "admin"], deps, registry, { input: shell });
      // the read ends, and fails to print, while the loop waits for the next line: an
      // unhandled rejection there would fail this test
      feed.enqueue(new TextEncoder().encode("flavor list\n"));
      await new Promise((r) => setTimeout(r, 300));
      feed.enqueue(new TextEncoder().encode("image list\n"));
      feed.close();
      await rejects(done, /stdout is gone/);
    }),
);

Deno.test(
  {
    name: "--batch - reads stdin and stops at the first failure; a missing file is exit 2",
    ...opts,
  },
  () =>
    withCloud(async (cloud) => {
      const r = await cli(
        cloud,
        ["--os-cloud", "admin", "--batch", "-"],
        "flavor show nope\nflavor list\n",
      );
      strictEqual(r.code, 1);
      strictEqual(r.out, "");
      strictEqual(r.err, "No Flavor found for nope\n");
      const missing = await cli(cloud, ["--batch", "nope.txt"], "");
      strictEqual(missing.code, 2);
      strictEqual(missing.err, "openstack: cannot read the --batch file nope.txt: no such file\n");
      const nested = await cli(
        cloud,
        ["--os-cloud", "admin"],
        "--batch x\nflavor list -f value -c Name\n",
      );
      strictEqual(nested.code, 2);
      strictEqual(nested.err, "openstack: error: --batch cannot be used here\n");
      strictEqual(nested.out, "m1.tiny\nm1.small\nm1.large\n");
      const withCommand = await cli(cloud, ["--batch", "x", "server", "list"], "");
      strictEqual(withCommand.code, 2);
      strictEqual(
        withCommand.err,
        "openstack: error: --batch runs the commands of a file: give no command with it\n",
      );
    }),
);

Deno.test(
  {
    name:
      "comments, blank lines, quoting, exit; a line that cannot be split fails and the rest runs",
    ...opts,
  },
  () =>
    withCloud(async (cloud) => {
      const lines = [
        "# a comment",
        "",
        "   ",
        "server list --name 'server-1' -f value -c Name",
        'server list --name "server-\\"x" -f value -c Name',
        "server show 'unclosed",
        "flavor show m1.tiny -f value -c name",
        "exit",
        "flavor list",
      ];
      const r = await cli(cloud, ["--os-cloud", "admin"], lines.join("\n"));
      strictEqual(r.out, "server-1\nm1.tiny\n");
      strictEqual(r.err, "openstack: line 6: No closing quotation\n");
      strictEqual(r.code, 2);
    }),
);

Deno.test(
  {
    name: "options of a line override the start-up ones; a second cloud gets its own session",
    ...opts,
  },
  () =>
    withCloud(async (cloud) => {
      const lines = [
        "server list -f value -c Name",
        "--os-cloud demo server list -f value -c Name",
        "server list -f value -c Name",
        "server list -f value -c Name --os-cloud demo",
      ];
      const r = await cli(cloud, ["--os-cloud", "admin"], lines.join("\n"));
      strictEqual(r.code, 0, r.err);
      const single = await alone(cloud, ["--os-cloud", "admin"], lines);
      strictEqual(r.out, single.out);
      cloud.clearRequests();
      await cli(cloud, ["--os-cloud", "admin"], lines.join("\n"));
      const users = cloud.requests.filter((q) => q.path.endsWith("/auth/tokens"))
        .map((q) => JSON.parse(q.body!).auth.identity.password.user.name);
      deepStrictEqual(users, ["admin", "demo"]);
    }),
);

Deno.test(
  { name: "--timing on one line reports that command's requests only", ...opts },
  () =>
    withCloud(async (cloud) => {
      const r = await cli(
        cloud,
        ["--os-cloud", "admin"],
        "flavor list -f value\nimage list --timing -f csv\n",
      );
      strictEqual(r.code, 0, r.err);
      const timing = r.out.split("\n\n").at(-1)!;
      ok(timing.startsWith('"URL","Seconds"'), timing);
      ok(timing.includes("/images"), timing);
      ok(!timing.includes("flavors"), timing);
    }),
);

Deno.test(
  {
    name:
      "interactive: a prompt, help, exit 0 even after a failure, Ctrl-C handler installed and removed",
    ...opts,
  },
  () =>
    withCloud(async (cloud) => {
      const r = await cli(
        cloud,
        ["--os-cloud", "admin"],
        "flavor show nope\nhelp\nflavor list -f value -c Name\n",
        {
          terminal: true,
        },
      );
      strictEqual(r.code, 0);
      ok(
        r.out.startsWith("(openstack) (openstack) Shell commands: exit, quit, help [<command>]\n"),
        r.out,
      );
      ok(r.out.includes("  server list "), r.out);
      ok(r.out.endsWith("(openstack) m1.tiny\nm1.small\nm1.large\n(openstack) \n"), r.out);
      strictEqual(r.err, "No Flavor found for nope\n");
      strictEqual(r.handlers.length, 2);
      strictEqual(typeof r.handlers[0], "function");
      strictEqual(r.handlers[1], undefined);
    }),
);

Deno.test(
  {
    name: "interactive: Ctrl-C stops the running command, the shell goes on with a new session",
    ...opts,
  },
  async () => {
    let hold: (() => void) | undefined;
    const cloud = await startFakeCloud({
      dataset: datasets.golden(),
      intercept: (_req, info) => {
        if (!info.path.includes("/flavors/detail") || hold) return undefined;
        // the first flavor list hangs until the test presses Ctrl-C
        return new Promise<Response>((resolve) => {
          hold = () => resolve(new Response("{}", { status: 500 }));
        });
      },
    });
    try {
      const c = fakeDeps({
        env: { OS_CLIENT_CONFIG_FILE: CLOUDS, OS_TOKEN_CACHE: "0" },
        files: { [CLOUDS]: cloud.cloudsYaml() },
        fetch: (i, init) =>
          new Promise((resolve, reject) => {
            init?.signal?.addEventListener("abort", () => reject(init.signal!.reason));
            cloud.fetch(i, init).then(resolve, reject);
          }),
      });
      const shell = input("flavor list\nflavor list -f value -c Name\n", true);
      const done = run(["--os-cloud", "admin"], c.deps, registry, { input: shell.input });
      while (!hold) await new Promise((r) => setTimeout(r, 5));
      strictEqual(shell.handlers[0]!(), true);
      const code = await done;
      hold();
      strictEqual(code, 0);
      strictEqual(c.stderr(), "Interrupted\n");
      ok(
        c.stdout().endsWith("(openstack) m1.tiny\nm1.small\nm1.large\n(openstack) \n"),
        c.stdout(),
      );
      strictEqual(logins(cloud), 2);
    } finally {
      await cloud.close();
    }
  },
);

Deno.test("shlex: python's POSIX splitting", () => {
  deepStrictEqual(shlexSplit(`a 'b c' "d \\" e" f\\ g "h\\n" ''`), [
    "a",
    "b c",
    'd " e',
    "f g",
    "h\\n",
    "",
  ]);
  deepStrictEqual(shlexSplit("  "), []);
});

Deno.test("no command and no input to read: a usage error", async () => {
  const c = fakeDeps();
  strictEqual(await run([], c.deps, registry), 2);
  strictEqual(c.stderr(), "openstack: a command is required. See 'openstack --help'.\n");
});
