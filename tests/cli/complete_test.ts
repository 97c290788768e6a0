/**
 * `openstack complete`: the data against the python client's recorded option
 * interface, and each shell's own completion machinery run on the printed
 * code — bash (with and without the bash-completion package), zsh (compinit
 * in a pseudo-terminal) and fish (`complete -C`). A shell that is not
 * installed is skipped with a message (.ci/run installs them).
 */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { run } from "../../src/cli/run.ts";
import { registry } from "../../src/registry.gen.ts";
import { fakeDeps } from "../helpers/fake_deps.ts";
import { ROOT } from "../helpers/cli.ts";
import { RUNTIME_PERMISSIONS } from "../../scripts/permissions.ts";

async function complete(args: string[] = []): Promise<string> {
  const c = fakeDeps();
  const code = await run(["complete", ...args], c.deps, registry);
  strictEqual(code, 0, c.stderr());
  return c.stdout();
}

function has(cmd: string): boolean {
  try {
    return new Deno.Command("sh", { args: ["-c", `command -v ${cmd}`], stdout: "null" })
      .outputSync().success;
  } catch {
    return false;
  }
}

// ---- the data -------------------------------------------------------------------------

interface Recorded {
  commands: Record<string, { options: { option_strings: string[] }[] }>;
}
const recorded = JSON.parse(
  await Deno.readTextFile(new URL("../fixtures/python_interface.json", import.meta.url)),
) as Recorded;

/** `  cmds_<words>='...'` lines as a map. */
function dataLines(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^ {2}(cmds\w*)='([^']*)'$/gm)) out.set(m[1], m[2]);
  return out;
}

Deno.test("each command's option strings are the python client's (cliff's CompleteDictionary)", async () => {
  const data = dataLines(await complete());
  let compared = 0;
  for (const e of registry) {
    const py = recorded.commands[e.id];
    if (!py) continue;
    // the same strings; the order within a command is not something completion shows
    // a command that is also a group (server migrate, server migrate confirm): its next words too
    const words = registry.filter((o) => o.id.startsWith(e.id + " "))
      .map((o) => o.id.slice(e.id.length + 1).split(" ")[0]);
    const expected = [...py.options.flatMap((o) => o.option_strings), ...new Set(words)].sort();
    const key = "cmds_" + e.id.replaceAll(" ", "_").replaceAll("-", "_");
    deepStrictEqual(data.get(key)?.split(" ").sort(), expected, e.id);
    compared++;
  }
  ok(compared >= 20, `${compared} commands compared`);
});

Deno.test("the top level and groups list their words, sorted, as python's cmds and cmds_<group>", async () => {
  const data = dataLines(await complete());
  const top = data.get("cmds")!.split(" ");
  deepStrictEqual(top, [...top].sort());
  for (const w of ["complete", "help", "server", "flavor", "security"]) ok(top.includes(w), w);
  // the second words of the server commands we have, as python's cmds_server lists its own
  const serverWords = [
    ...new Set(registry.filter((e) => e.id.startsWith("server ")).map((e) => e.id.split(" ")[1])),
  ].sort();
  deepStrictEqual(data.get("cmds_server")?.split(" "), serverWords);
  strictEqual(data.get("cmds_security"), "group");
  strictEqual(data.get("cmds_help"), "-h --help");
});

Deno.test("bash script: python's frame (_openstack, cmds data, complete -F); --name; --shell none is the data alone", async () => {
  const script = await complete();
  ok(script.startsWith("_openstack()\n{\n  local cur prev words"), script.slice(0, 80));
  ok(script.includes("\n  # Command data:\n  cmds='"));
  ok(script.endsWith("\ncomplete -F _openstack openstack\n"));
  const named = await complete(["--name", "my-os"]);
  ok(named.startsWith("_my_os()\n"));
  ok(named.endsWith("\ncomplete -F _my_os my-os\n"));
  const none = await complete(["--shell", "none"]);
  deepStrictEqual(
    none.split("\n").filter(Boolean),
    [...dataLines(script)].map(([k, v]) => `  ${k}='${v}'`),
  );
  const c = fakeDeps();
  strictEqual(await run(["complete", "--shell", "tcsh"], c.deps, registry), 2);
  strictEqual(
    c.stderr(),
    "openstack complete: error: argument --shell: invalid choice: 'tcsh' (choose from 'bash', 'fish', 'none', 'zsh')\n",
  );
});

// ---- the shells ------------------------------------------------------------------------

/** A temp dir with clouds.yaml and an `openstack` on PATH that runs this CLI from source. */
async function workspace() {
  const dir = await Deno.makeTempDir({ prefix: "osc-complete-" });
  await Deno.mkdir(`${dir}/bin`);
  await Deno.writeTextFile(
    `${dir}/bin/openstack`,
    `#!/bin/sh\nexec ${Deno.execPath()} run --quiet ${
      RUNTIME_PERMISSIONS.join(" ")
    } ${ROOT}main.ts "$@"\n`,
    { mode: 0o755 },
  );
  await Deno.writeTextFile(
    `${dir}/clouds.yaml`,
    "clouds:\n  alpha:\n    auth: {auth_url: 'http://127.0.0.1:1/v3'}\n  beta-2:\n    auth: {auth_url: 'http://127.0.0.1:1/v3'}\n",
    { mode: 0o600 },
  );
  await Deno.writeTextFile(`${dir}/userdata.txt`, "#cloud-config\n");
  const env: Record<string, string> = {
    PATH: `${dir}/bin:/usr/local/bin:/usr/bin:/bin`,
    HOME: dir,
    OS_CLIENT_CONFIG_FILE: `${dir}/clouds.yaml`,
    DENO_DIR: Deno.env.get("DENO_DIR") ?? `${Deno.env.get("HOME")}/.cache/deno`,
    TERM: "dumb",
  };
  return { dir, env };
}

/** Command lines (completed at their end) and the candidates every shell must offer. */
const CASES: [string, string[]][] = [
  ["openstack se", ["security", "server", "service"]],
  ["openstack server lis", ["list"]],
  ["openstack server list --f", ["--fit-width", "--flavor", "--format"]],
  ["openstack server list -f ", ["csv", "json", "table", "value", "yaml"]],
  ["openstack server show -f j", ["json"]],
  ["openstack --os-cloud x server li", ["list"]],
  ["openstack --debug --os-region-name r security group cr", ["create"]],
  ["openstack --os-cloud ", ["alpha", "beta-2"]],
  ["openstack server list --os-cloud b", ["beta-2"]],
  ["openstack server list --os-cl", ["--os-cloud"]],
  ["openstack help serv", ["server", "service"]],
  ["openstack complete --shell ", ["bash", "fish", "none", "zsh"]],
  ["openstack server create --user-data userd", ["userdata.txt"]],
];

function bashCase(line: string): string {
  // COMP_WORDS as readline splits them; a trailing space starts an empty word
  const words = line.split(" ");
  return `COMP_LINE=${JSON.stringify(line)}; COMP_POINT=\${#COMP_LINE}; ` +
    `COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(" ")}); COMP_CWORD=${
      words.length - 1
    }; ` +
    `COMPREPLY=(); _openstack; printf '%s\\n' "\${COMPREPLY[@]}" | sort; echo ---`;
}

async function shellOut(cmd: string, args: string[], env: Record<string, string>, cwd: string) {
  const o = await new Deno.Command(cmd, {
    args,
    env,
    clearEnv: true,
    cwd,
    stdout: "piped",
    stderr: "piped",
  })
    .output();
  const dec = new TextDecoder();
  strictEqual(o.code, 0, dec.decode(o.stderr));
  return dec.decode(o.stdout);
}

const opts = { sanitizeResources: false, sanitizeOps: false };

for (const withPackage of [false, true]) {
  const pkg = "/usr/share/bash-completion/bash_completion";
  Deno.test({
    name: `bash completes commands, options, values and clouds (${
      withPackage ? "with" : "without"
    } bash-completion)`,
    ignore: !has("bash") || (withPackage && !(await Deno.stat(pkg).catch(() => false))),
    ...opts,
    async fn() {
      const { dir, env } = await workspace();
      try {
        await Deno.writeTextFile(`${dir}/openstack.bash`, await complete());
        const body = (withPackage ? `source ${pkg}\n` : "") + `source ${dir}/openstack.bash\n` +
          CASES.map(([line]) => bashCase(line)).join("\n");
        const out = await shellOut("bash", ["-c", body], env, dir);
        const got = out.split("---\n").slice(0, -1).map((b) => b.split("\n").filter(Boolean));
        CASES.forEach(([line, want], i) => deepStrictEqual(got[i], want, line));
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
    },
  });
}
if (!has("bash")) console.log("bash is not installed: its completion test is skipped");

Deno.test({
  name: "zsh completes with compinit, in a pseudo-terminal",
  ignore: !has("zsh"),
  ...opts,
  async fn() {
    const { dir, env } = await workspace();
    try {
      await Deno.writeTextFile(`${dir}/openstack.zsh`, await complete(["--shell", "zsh"]));
      const driver = new URL("../helpers/zsh_complete.zsh", import.meta.url).pathname;
      const out = await shellOut(
        "zsh",
        ["-f", driver, `${dir}/openstack.zsh`, ...CASES.map(([line]) => line)],
        env,
        dir,
      );
      const got = out.split("---\n").slice(0, -1).map((b) => b.split("\n").filter(Boolean));
      CASES.forEach(([line, want], i) => deepStrictEqual(got[i], want, line));
      // loaded from $fpath as an autoloaded function file, too
      await Deno.mkdir(`${dir}/fpath`);
      await Deno.copyFile(`${dir}/openstack.zsh`, `${dir}/fpath/_openstack`);
      const init = `${dir}/init.zsh`;
      await Deno.writeTextFile(init, `fpath=(${dir}/fpath $fpath)\n`);
      const auto = await shellOut("zsh", ["-f", driver, init, "openstack server lis"], env, dir);
      deepStrictEqual(auto.split("\n").filter(Boolean), ["list", "---"]);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
if (!has("zsh")) console.log("zsh is not installed: its completion test is skipped");

Deno.test({
  name: "fish completes with complete -C, with descriptions",
  ignore: !has("fish"),
  ...opts,
  async fn() {
    const { dir, env } = await workspace();
    try {
      await Deno.writeTextFile(`${dir}/openstack.fish`, await complete(["--shell", "fish"]));
      const body = CASES.map(([line]) =>
        `complete -C ${JSON.stringify(line).replaceAll("$", "\\$")}; echo ---`
      ).join("\n");
      const out = await shellOut("fish", ["-N", "-c", `source ${dir}/openstack.fish\n${body}`], {
        ...env,
        XDG_CONFIG_HOME: `${dir}/config`,
        XDG_DATA_HOME: `${dir}/data`,
      }, dir);
      const got = out.split("---\n").slice(0, -1).map((b) => b.split("\n").filter(Boolean));
      CASES.forEach(([line, want], i) => {
        deepStrictEqual(got[i].map((c) => c.split("\t")[0]).sort(), want, line);
      });
      // descriptions: the command's summary, the option's help
      ok(got[1].includes("list\tList servers"), got[1].join("|"));
      ok(got[9].some((c) => c.startsWith("--os-cloud\tCloud to use")), got[9].join("|"));
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
if (!has("fish")) console.log("fish is not installed: its completion test is skipped");

Deno.test("--cloud-names: clouds.yaml and secure.yaml names, and the environment's cloud", async () => {
  const c = fakeDeps({
    env: { OS_CLIENT_CONFIG_FILE: "/c/clouds.yaml", OS_CLIENT_SECURE_FILE: "/c/secure.yaml" },
    files: {
      "/c/clouds.yaml": "clouds:\n  one: {}\n  two: {}\n",
      "/c/secure.yaml": "clouds:\n  two: {}\n  three: {}\n",
    },
  });
  strictEqual(await run(["complete", "--cloud-names"], c.deps, registry), 0);
  strictEqual(c.stdout(), "one\ntwo\nthree\n");
  const env = fakeDeps({ env: { OS_AUTH_URL: "http://x/v3" } });
  strictEqual(await run(["complete", "--cloud-names"], env.deps, registry), 0);
  strictEqual(env.stdout(), "envvars\n");
  const broken = fakeDeps({
    env: { OS_CLIENT_CONFIG_FILE: "/b.yaml" },
    files: { "/b.yaml": "clouds: [" },
  });
  strictEqual(await run(["complete", "--cloud-names"], broken.deps, registry), 0);
  strictEqual(broken.stdout(), "");
});

Deno.test("complete is a command like python's: in --help, its usage line, abbreviations", async () => {
  const help = fakeDeps();
  strictEqual(await run(["help", "complete"], help.deps, registry), 0);
  // python: openstack complete --help
  ok(
    help.stdout().startsWith(
      "usage: openstack complete [-h] [--name <command_name>] [--shell <shell>]\n",
    ),
    help.stdout(),
  );
  const app = fakeDeps();
  strictEqual(await run(["--help"], app.deps, registry), 0);
  ok(/\n {2}complete +Print shell completion code/.test(app.stdout()));
  const abbrev = fakeDeps();
  strictEqual(await run(["compl", "--shell", "none"], abbrev.deps, registry), 0);
  ok(abbrev.stdout().startsWith("  cmds='"));
});
