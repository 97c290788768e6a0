/**
 * Records python-openstackclient 6.0's answers to the cases of
 * server_create_opts_cases.ts against the fake cloud:
 *
 *   deno run -A tests/unit/commands/server_create_opts_record.ts
 *
 * For each case: exit code and stderr of a plain run, and the POST /servers
 * body from a --debug run (its "REQ: curl ... -d '<json>'" line).
 */
import { goldenDataset } from "../../fake_cloud/datasets.ts";
import { startFakeCloud } from "../../fake_cloud/server.ts";
import { baseEnv, runPython } from "../../helpers/cli.ts";
import { caseArgv, CASES, cinder, FILES } from "./server_create_opts_cases.ts";

const OUT = new URL("../../fixtures/server_create_opts_python.json", import.meta.url);

if (import.meta.main) {
  const cloud = await startFakeCloud({ dataset: goldenDataset(), intercept: cinder });
  const dir = await Deno.makeTempDir({ prefix: "osc-opts-record-" });
  try {
    for (const [name, bytes] of Object.entries(FILES)) {
      await Deno.writeFile(`${dir}/${name}`, bytes);
    }
    await Deno.writeTextFile(`${dir}/clouds.yaml`, cloud.cloudsYaml(), { mode: 0o600 });
    const env = baseEnv({ OS_CLIENT_CONFIG_FILE: `${dir}/clouds.yaml`, OS_CLOUD: "admin" });
    const results = [];
    for (const c of CASES) {
      const argv = caseArgv(c, dir);
      const plain = await runPython(argv, env);
      let body: unknown = null;
      if (c.compare === "body") {
        const debug = await runPython([...argv, "--debug"], env);
        const line = debug.stderr.split("\n").find((l) =>
          /^REQ: curl .* -X POST \S+\/compute\/v2\.1\/servers /.test(l)
        );
        if (!line) throw new Error(`${c.name}: no POST /servers\n${plain.stderr}`);
        body = JSON.parse(/ -d '(.*)'$/.exec(line)![1]);
      }
      results.push({
        name: c.name,
        code: plain.code,
        stderr: plain.stderr.replaceAll(dir, "{dir}"),
        body,
      });
      console.log(`${c.name}: exit ${plain.code}`);
    }
    await Deno.writeTextFile(
      OUT,
      JSON.stringify({ generator: "server_create_opts_record.ts", cases: results }, null, 2) + "\n",
    );
  } finally {
    await cloud.close();
    await Deno.remove(dir, { recursive: true });
  }
}
