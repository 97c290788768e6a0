/** Each service gets its microversion in the header it reads (Cinder's name is "volume"). */
import { deepStrictEqual } from "node:assert";
import { HttpClient } from "../../../src/http/client.ts";
import { ServiceClient } from "../../../src/http/service.ts";

async function sent(type: string, mv: string | undefined): Promise<Record<string, string>> {
  let headers = new Headers();
  const http = new HttpClient({
    now: () => 0,
    fetch: (_u, init) => {
      headers = new Headers(init?.headers);
      return Promise.resolve(
        new Response("{}", { headers: { "content-type": "application/json" } }),
      );
    },
  });
  const tokens = { token: () => Promise.resolve("t"), refresh: () => Promise.resolve(undefined) };
  await new ServiceClient(type, "http://x", http, tokens, mv).get("/");
  return Object.fromEntries(
    [...headers].filter(([k]) => /api-version/i.test(k)),
  );
}

Deno.test("compute: both the standard and Nova's legacy header", async () => {
  deepStrictEqual(await sent("compute", "2.79"), {
    "openstack-api-version": "compute 2.79",
    "x-openstack-nova-api-version": "2.79",
  });
});

Deno.test("block storage: OpenStack-API-Version: volume 3.42", async () => {
  deepStrictEqual(await sent("block-storage", "3.42"), { "openstack-api-version": "volume 3.42" });
});

Deno.test("no microversion: no header", async () => {
  deepStrictEqual(await sent("network", undefined), {});
});
