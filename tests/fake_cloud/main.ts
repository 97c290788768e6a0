/**
 * Runs the fake cloud until killed.
 *
 *   deno run --allow-net=127.0.0.1 tests/fake_cloud/main.ts [--port N] [--servers N]
 *     [--dataset default|golden|empty] [--region NAME ...] [--max-limit N] [--log]
 *
 * Prints the auth URL and a clouds.yaml snippet (clouds named after the users:
 * admin, demo).
 */
import { bigDataset, datasets } from "./datasets.ts";
import { startFakeCloud } from "./server.ts";

const args = [...Deno.args];
let port = 0;
let servers: number | undefined;
let datasetName = "default";
let maxLimit: number | undefined;
let log = false;
const regions: string[] = [];
while (args.length) {
  const a = args.shift()!;
  const val = () => {
    const v = args.shift();
    if (v === undefined) throw new Error(`${a} needs a value`);
    return v;
  };
  if (a === "--port") port = Number(val());
  else if (a === "--servers") servers = Number(val());
  else if (a === "--dataset") datasetName = val();
  else if (a === "--region") regions.push(val());
  else if (a === "--max-limit") maxLimit = Number(val());
  else if (a === "--log") log = true;
  else {
    console.error(`unknown argument ${a}`);
    Deno.exit(2);
  }
}
const make = datasets[datasetName];
if (!make) {
  console.error(`unknown dataset ${datasetName} (have: ${Object.keys(datasets).join(", ")})`);
  Deno.exit(2);
}
const dataset = servers !== undefined
  ? { ...make(), servers: bigDataset(servers).servers }
  : make();
const cloud = await startFakeCloud({
  port,
  dataset,
  maxLimit,
  regions: regions.length ? regions : undefined,
  intercept: log
    ? (req) => {
      console.error(`${req.method} ${new URL(req.url).pathname}${new URL(req.url).search}`);
      return undefined;
    }
    : undefined,
});
console.log(`fake cloud: ${cloud.url} (${dataset.servers.length} servers)`);
console.log(`auth URL: ${cloud.authUrl}`);
console.log("clouds.yaml:");
console.log(cloud.cloudsYaml());
Deno.addSignalListener("SIGINT", () => cloud.close().then(() => Deno.exit(0)));
Deno.addSignalListener("SIGTERM", () => cloud.close().then(() => Deno.exit(0)));
