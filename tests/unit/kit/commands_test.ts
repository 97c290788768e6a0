/** The hooks of the configured commands: lookups before the find, custom create and update. */
import { deepStrictEqual, rejects } from "node:assert";
import { flag } from "../../../src/cli/flags.ts";
import type { Context } from "../../../src/context.ts";
import { HttpError } from "../../../src/http/errors.ts";
import type { ServiceClient } from "../../../src/http/service.ts";
import { withQuery } from "../../../src/http/client.ts";
import { createCommand, updateCommand } from "../../../src/kit/commands.ts";
import { createItem, findItem } from "../../../src/kit/resource.ts";
import { port } from "../../../src/resources/network/port.ts";
import { subnet } from "../../../src/resources/network/subnet.ts";

/** A network service answering from "METHOD path?query" → body (a number: that HTTP status). */
function scripted(answers: Record<string, unknown>) {
  const seen: string[] = [];
  const svc = {
    type: "network",
    request(
      path: string,
      o: { method?: string; query?: Record<string, unknown>; json?: unknown } = {},
    ) {
      const key = `${o.method ?? "GET"} ${withQuery(path, o.query as never)}`;
      seen.push(o.json === undefined ? key : `${key} ${JSON.stringify(o.json)}`);
      const a = answers[key];
      if (a === undefined) return Promise.reject(new Error(`unexpected ${key}`));
      if (typeof a === "number") {
        return Promise.reject(new HttpError(a, "Not Found", undefined, `http://x${path}`));
      }
      return Promise.resolve({ status: 200, body: a, headers: new Headers(), url: path });
    },
    async get(path: string, query?: Record<string, unknown>) {
      return (await this.request(path, { query })).body;
    },
  };
  const ctx = { service: () => Promise.resolve(svc) } as unknown as Context;
  return { svc: svc as unknown as ServiceClient, ctx, seen };
}

const setPort = updateCommand(port, {
  summary: "s",
  positional: { name: "port", metavar: "<port>", help: "p" },
  flags: { subnet: flag.string({ help: "s" }) },
  prepare: async ({ flags, svc }) => (await findItem(svc, subnet, flags.subnet!)).id,
  body: (_w, _item, subnetId) => ({ fixed_ips: [{ subnet_id: subnetId }] }),
  update: async ({ svc }, item, attrs) => {
    await svc.request(`/ports/${item.id}`, { method: "PUT", json: { port: attrs, via: "hook" } });
  },
});

Deno.test("updateCommand: prepare's lookups come before the find, its result goes to body", async () => {
  const { ctx, seen } = scripted({
    "GET /subnets/s1": { subnet: { id: "s1", name: "s1" } },
    "GET /ports/p1": { port: { id: "p1", name: "p1" } },
    "PUT /ports/p1": { port: { id: "p1" } },
  });
  await setPort.run({ flags: { subnet: "s1" }, positionals: { port: "p1" } }, ctx);
  deepStrictEqual(seen, [
    "GET /subnets/s1",
    "GET /ports/p1",
    'PUT /ports/p1 {"port":{"fixed_ips":[{"subnet_id":"s1"}]},"via":"hook"}',
  ]);
});

Deno.test("updateCommand: a failed prepare stops before the item is looked up", async () => {
  const { ctx, seen } = scripted({
    "GET /subnets/nope": 404,
    "GET /subnets?name=nope": { subnets: [] },
  });
  await rejects(
    setPort.run({ flags: { subnet: "nope" }, positionals: { port: "p1" } }, ctx),
    { message: "No Subnet found for nope" },
  );
  deepStrictEqual(seen, ["GET /subnets/nope", "GET /subnets?name=nope"]);
});

Deno.test("createCommand: the create hook makes the item the command shows", async () => {
  const { ctx, seen } = scripted({ "POST /ports": { port: { id: "p1", name: "n" } } });
  const create = createCommand(port, {
    summary: "c",
    flags: {},
    positionals: [{ name: "name", metavar: "<name>", help: "n" }],
    body: ({ positionals }) => ({ name: positionals.name, numa_affinity_policy: "legacy" }),
    create: async ({ svc }, attrs) => ({ ...attrs, ...await createItem(svc, port, attrs) }),
  });
  const out = await create.run({ flags: {}, positionals: { name: "n" } }, ctx);
  deepStrictEqual(seen, ['POST /ports {"port":{"name":"n","numa_affinity_policy":"legacy"}}']);
  const shown = out as { fields: readonly string[]; values: readonly unknown[] };
  deepStrictEqual(shown.values[shown.fields.indexOf("numa_affinity_policy")], "legacy");
});
