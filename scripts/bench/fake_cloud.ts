/**
 * The fake cloud as a child process for the benchmarks, so serving (10,000
 * servers' JSON, TLS) does not share an event loop with the timing loop.
 *
 *   deno run -A scripts/bench/fake_cloud.ts [--servers N] [--tls DIR] [--max-limit N]
 *
 * Prints one JSON line {url, authUrl, cacert?, requests: url of the request-log
 * endpoint}, then serves until killed. With --tls DIR, a CA and a leaf
 * certificate are made (makeTestCerts) and the CA is written to DIR/ca.pem.
 * GET <url>/_bench/requests answers the request log and clears it.
 */
import { bigDataset, defaultDataset } from "../../tests/fake_cloud/datasets.ts";
import { startFakeCloud } from "../../tests/fake_cloud/server.ts";
import { makeTestCerts } from "../../tests/fake_cloud/tls.ts";

const args = [...Deno.args];
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const servers = opt("--servers");
const tlsDir = opt("--tls");
const maxLimit = opt("--max-limit");

let tls: { cert: string; key: string } | undefined;
let cacert: string | undefined;
if (tlsDir) {
  const certs = await makeTestCerts();
  if (!certs) {
    console.error("openssl is needed for --tls");
    Deno.exit(1);
  }
  cacert = `${tlsDir}/ca.pem`;
  await Deno.writeTextFile(cacert, certs.caCert);
  tls = { cert: certs.cert, key: certs.key };
}

const dataset = servers ? bigDataset(Number(servers)) : defaultDataset();
// deno-lint-ignore prefer-const
let cloud: Awaited<ReturnType<typeof startFakeCloud>>;
cloud = await startFakeCloud({
  dataset,
  tls,
  maxLimit: maxLimit ? Number(maxLimit) : undefined,
  intercept: (req) => {
    if (new URL(req.url).pathname !== "/_bench/requests") return undefined;
    const log = cloud.requests.slice(0, -1).map((r) => `${r.method} ${r.path}`);
    cloud.clearRequests();
    return Response.json(log);
  },
});
console.log(JSON.stringify({
  url: cloud.url,
  authUrl: cloud.authUrl,
  cacert,
  clouds: cloud.cloudsYaml({ cacert }),
}));
const stop = () => cloud.close().then(() => Deno.exit(0));
Deno.addSignalListener("SIGTERM", stop);
Deno.addSignalListener("SIGINT", stop);
