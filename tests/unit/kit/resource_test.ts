/** Resource operations against a scripted service: paging, lookups and their wording. */
import { deepStrictEqual, rejects, strictEqual } from "node:assert";
import { findItem, listAll, sdkCreated } from "../../../src/kit/resource.ts";
import { securityGroup } from "../../../src/resources/network/security_group.ts";
import { keypair } from "../../../src/resources/compute/keypair.ts";
import type { ServiceClient } from "../../../src/http/service.ts";
import { HttpError } from "../../../src/http/errors.ts";
import { withQuery } from "../../../src/http/client.ts";

/** A ServiceClient answering from a table of "METHOD path?query" → body (or an HTTP status). */
function scripted(answers: Record<string, unknown>) {
  const seen: string[] = [];
  const svc = {
    type: "network",
    request(path: string, opts: { method?: string; query?: Record<string, unknown> } = {}) {
      const key = `${opts.method ?? "GET"} ${withQuery(path, opts.query as never)}`;
      seen.push(key);
      if (!(key in answers)) return Promise.reject(new Error(`unexpected ${key}`));
      const a = answers[key];
      if (typeof a === "number") {
        return Promise.reject(new HttpError(a, "Not Found", undefined, `http://x${path}`));
      }
      return Promise.resolve({ status: 200, body: a, headers: new Headers(), url: path });
    },
    async get(path: string, query?: Record<string, unknown>) {
      return (await this.request(path, { query })).body;
    },
  };
  return { svc: svc as unknown as ServiceClient, seen };
}

Deno.test("listAll follows <plural>_links to the last page", async () => {
  const { svc, seen } = scripted({
    "GET /security-groups?name=a": {
      security_groups: [{ id: "1" }],
      security_groups_links: [{ rel: "next", href: "http://x/security-groups?marker=1" }],
    },
    "GET /security-groups?marker=1&name=a": { security_groups: [{ id: "2" }] },
  });
  const items = await listAll(svc, securityGroup, { name: "a" });
  deepStrictEqual(items.map((i) => i.id), ["1", "2"]);
  strictEqual(seen.length, 2);
});

Deno.test("sdk lookup: an ID first, then the name; openstacksdk's messages", async () => {
  const { svc } = scripted({
    "GET /security-groups/web": 404,
    "GET /security-groups?name=web": { security_groups: [{ id: "g1", name: "web" }] },
    "GET /security-groups/two": 404,
    "GET /security-groups?name=two": {
      security_groups: [{ id: "a", name: "two" }, { id: "b", name: "two" }],
    },
    "GET /security-groups/none": 404,
    "GET /security-groups?name=none": { security_groups: [] },
  });
  strictEqual((await findItem(svc, securityGroup, "web")).id, "g1");
  await rejects(
    findItem(svc, securityGroup, "two"),
    { message: "More than one SecurityGroup exists with the name 'two'." },
  );
  await rejects(findItem(svc, securityGroup, "none"), {
    message: "No SecurityGroup found for none",
  });
});

Deno.test("keypairs: found by name in a list without a name filter; entries unwrapped", async () => {
  const { svc, seen } = scripted({
    "GET /os-keypairs/k1?user_id=u": 404,
    "GET /os-keypairs?user_id=u": { keypairs: [{ keypair: { name: "k1", fingerprint: "f" } }] },
  });
  const k = await findItem(svc, keypair, "k1", { user_id: "u" });
  strictEqual(k.fingerprint, "f");
  deepStrictEqual(seen, ["GET /os-keypairs/k1?user_id=u", "GET /os-keypairs?user_id=u"]);
});

Deno.test("sdkCreated: what the answer lacks stays as sent; the answer wins where it speaks", () => {
  deepStrictEqual(
    sdkCreated({ metainfo: "m", project_id: "p", enabled: true }, {
      id: "1",
      metainfo: "m",
      enabled: false,
      driver: "",
    }),
    { metainfo: "m", project_id: "p", enabled: false, id: "1", driver: "" },
  );
});
