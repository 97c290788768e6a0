/**
 * What single start-up steps cost in a fresh process. The bench bundles this
 * file (so js-yaml is inlined, as in dist/openstack.js) and runs it once per
 * sample:
 *
 *   deno run -A probe.js MODE CLOUDS_YAML [URL]
 *
 * MODE: yaml (parse clouds.yaml: js-yaml's first use + the parse), cache-write
 * (first save: key file, encryption, atomic write), cache-read (a hit: key
 * file, importKey, two SHA-256, read, AES-GCM decrypt, JSON), fetch (the first
 * HTTP request of the process, to URL). Prints {"mode", "ms"}.
 */
import { parseConfigText } from "../../src/config/parse.ts";
import { TokenCache } from "../../src/auth/token_cache.ts";
import { realDeps } from "../../src/deps.ts";
import type { ResolvedCloud } from "../../src/config/types.ts";

const [mode, cloudsFile, url] = Deno.args;
const deps = realDeps();
const cloud: ResolvedCloud = {
  authType: "password",
  auth: {
    auth_url: "http://127.0.0.1:5000/v3",
    username: "admin",
    password: "admin",
    project_name: "admin",
    user_domain_name: "Default",
    project_domain_name: "Default",
  },
  interface: "public",
  verify: true,
  endpointOverrides: {},
  apiVersions: {},
  files: [],
};
const entry = {
  token: "t".repeat(183),
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  // a catalog the size of the test cloud's (about 4 KB)
  catalog: Array.from({ length: 8 }, (_, i) => ({
    type: `service-${i}`,
    endpoints: ["public", "internal", "admin"].map((itf) => ({
      interface: itf,
      region_id: "RegionOne",
      url: `http://127.0.0.1:${8000 + i}/v2.1`,
    })),
  })),
};

let ms = 0;
if (mode === "yaml") {
  const text = await Deno.readTextFile(cloudsFile);
  const t0 = performance.now();
  await parseConfigText(cloudsFile, text);
  ms = performance.now() - t0;
} else if (mode === "cache-write" || mode === "cache-read") {
  const t0 = performance.now();
  const cache = TokenCache.open(cloud, { fs: deps.fs, env: deps.env })!;
  if (mode === "cache-write") {
    if (!await cache.save(entry)) throw new Error("cache write failed");
  } else if (!await cache.load()) throw new Error("cache miss");
  ms = performance.now() - t0;
} else if (mode === "fetch") {
  const t0 = performance.now();
  await (await fetch(url)).text();
  ms = performance.now() - t0;
}
console.log(JSON.stringify({ mode, ms }));
