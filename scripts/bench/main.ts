/**
 * deno task bench [--rounds N]
 *
 * Start-up: `--version` and `--help` of this CLI (the bundle, run with the
 * compile's permission flags; the compiled binary when dist/openstack exists)
 * beside a bare `deno run` of console.log(1) and beside Debian's
 * python-openstackclient, alternately, in the same run. Prints medians and ratios.
 */
import { compare, type Subject, table } from "./measure.ts";
import { bundle } from "../build.ts";
import { RUNTIME_PERMISSIONS } from "../permissions.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const rounds = Number(Deno.args[Deno.args.indexOf("--rounds") + 1]) || 15;

async function exists(p: string): Promise<boolean> {
  try {
    await Deno.stat(p);
    return true;
  } catch {
    return false;
  }
}

if (!await bundle()) Deno.exit(1);
const bare = `${await Deno.makeTempDir()}/bare.js`;
await Deno.writeTextFile(bare, "console.log(1);\n");
const deno = Deno.execPath();
const ours = (args: string[]): Subject[] => {
  const subjects: Subject[] = [{
    label: "ours (bundle)",
    cmd: [deno, "run", ...RUNTIME_PERMISSIONS, `${ROOT}dist/openstack.js`, ...args],
  }];
  return subjects;
};
const compiled = await exists(`${ROOT}dist/openstack`);
const python = await exists("/usr/bin/openstack");
const env = { PATH: "/usr/bin:/bin", HOME: Deno.env.get("HOME") ?? "/root" };

let report = `# Start-up benchmark (${rounds} rounds, ${new Date().toISOString()})\n\n`;
report +=
  `Machine: ${Deno.build.target}, ${navigator.hardwareConcurrency} cores, deno ${Deno.version.deno}\n\n`;
for (const args of [["--version"], ["--help"]]) {
  const subjects: Subject[] = [
    { label: "bare deno run", cmd: [deno, "run", bare] },
    ...ours(args),
  ];
  if (compiled) {
    subjects.push({ label: "ours (compiled)", cmd: [`${ROOT}dist/openstack`, ...args] });
  }
  if (python) {
    subjects.push({ label: "python-openstackclient", cmd: ["/usr/bin/openstack", ...args], env });
  }
  const stats = await compare(subjects, rounds);
  report += table(`openstack ${args.join(" ")}`, stats, "bare deno run") + "\n";
  const py = stats.find((s) => s.label === "python-openstackclient");
  const me = stats.find((s) => s.label === "ours (bundle)")!;
  if (py) report += `python / ours: ${(py.median / me.median).toFixed(1)}×\n\n`;
}
console.log(report);
