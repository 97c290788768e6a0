import { deepStrictEqual, strictEqual } from "node:assert";
import { type Found, isoTime, passes, projectCleanup } from "../../../src/kit/cleanup.ts";
import { fakeDeps } from "../../helpers/fake_deps.ts";
import type { Context } from "../../../src/context.ts";
import type { ServiceClient } from "../../../src/http/service.ts";
import { HttpError } from "../../../src/http/errors.ts";

Deno.test("cleanup times: iso8601 without a zone is UTC, with one is honoured", () => {
  strictEqual(isoTime("2026-12-03T11:19:52.000000"), Date.UTC(2026, 11, 3, 11, 19, 52));
  strictEqual(isoTime("2026-12-03T11:19:52Z"), Date.UTC(2026, 11, 3, 11, 19, 52));
  strictEqual(isoTime("2026-12-03T12:19:52+01:00"), Date.UTC(2026, 11, 3, 11, 19, 52));
  strictEqual(isoTime("2026-12-03"), Date.UTC(2026, 11, 3));
  strictEqual(isoTime("yesterday"), undefined);
});

// openstacksdk's _service_cleanup_resource_filters_evaluation: at or before each time given;
// a resource without the time asked about (Cinder's short listings) is kept
Deno.test("cleanup filters: every filter must hold, a missing time keeps the resource", () => {
  const r = { created_at: "2026-01-01T00:00:00Z", updated_at: "2026-06-01T00:00:00Z" };
  strictEqual(passes(r, {}), true);
  strictEqual(passes(r, { created_at: "2026-01-01T00:00:00" }), true);
  strictEqual(passes(r, { created_at: "2025-12-31T23:59:59" }), false);
  strictEqual(
    passes(r, { created_at: "2027-01-01T00:00:00", updated_at: "2026-05-01T00:00:00" }),
    false,
  );
  strictEqual(passes({ created_at: null }, { created_at: "2027-01-01T00:00:00" }), false);
});

/** A fake service answering GETs from a table (path → body) and recording every request. */
function fakeService(type: string, answers: Record<string, unknown>, log: string[]): ServiceClient {
  const svc = {
    type,
    endpoint: `http://${type}`,
    request(path: string, opts: { method?: string; query?: Record<string, unknown> } = {}) {
      const q = Object.entries(opts.query ?? {}).filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${v}`).join("&");
      const key = q ? `${path}?${q}` : path;
      log.push(`${opts.method ?? "GET"} ${key}`);
      if ((opts.method ?? "GET") !== "GET") {
        return Promise.resolve({ status: 204, body: undefined });
      }
      if (!(key in answers)) {
        return Promise.reject(new HttpError(404, "Not Found", undefined, path));
      }
      return Promise.resolve({ status: 200, body: answers[key] });
    },
    get: (path: string, query?: Record<string, unknown>) =>
      svc.request(path, { query }).then((r) => r.body),
  };
  return svc as unknown as ServiceClient;
}

// the order of openstacksdk's network cleanup: floating IPs, security groups but "default",
// per network its router interfaces (Port, then the Router), subnets, the network; then the
// routers left with no port
Deno.test("project cleanup: the network's resources in openstacksdk's order, deleted when asked", async () => {
  const P = "p1";
  const answers: Record<string, unknown> = {
    [`/floatingips?project_id=${P}`]: {
      floatingips: [{ id: "fip", floating_ip_address: "10.0.0.9", port_id: null }],
    },
    [`/security-groups?project_id=${P}`]: {
      security_groups: [{ id: "sgd", name: "default" }, { id: "sg", name: "web" }],
    },
    [`/networks?project_id=${P}`]: { networks: [{ id: "net", name: "n" }] },
    [`/ports?project_id=${P}&network_id=net`]: {
      ports: [
        { id: "dhcp", device_owner: "network:dhcp", device_id: "x" },
        { id: "rif", name: "", device_owner: "network:router_interface", device_id: "r1" },
      ],
    },
    "/routers/r1": { router: { id: "r1", name: "one" } },
    [`/subnets?project_id=${P}&network_id=net`]: { subnets: [{ id: "sub", name: "s" }] },
    [`/routers?project_id=${P}`]: { routers: [{ id: "r2", name: "two" }] },
    "/ports?device_id=r2": { ports: [] },
  };
  const log: string[] = [];
  const network = fakeService("network", answers, log);
  const scoped = {
    service: (type: string) =>
      type === "network" ? Promise.resolve(network) : Promise.reject(new Error("no endpoint")),
  };
  const c = fakeDeps();
  const found: Found[] = [];
  const run = { dryRun: true, projectId: P, filters: {}, found, identified: new Set<string>() };
  await projectCleanup(c.deps as unknown as Context, scoped, run);
  deepStrictEqual(found.map((f) => `${f.type} ${f.id} ${f.name}`), [
    "FloatingIP fip 10.0.0.9",
    "SecurityGroup sg web",
    "Port rif ",
    "Router r1 one",
    "Subnet sub s",
    "Network net n",
    "Router r2 two",
  ]);
  strictEqual(log.filter((l) => !l.startsWith("GET")).length, 0);

  log.length = 0;
  await projectCleanup(c.deps as unknown as Context, scoped, { ...run, dryRun: false, found: [] });
  deepStrictEqual(log.filter((l) => !l.startsWith("GET")), [
    "DELETE /floatingips/fip",
    "DELETE /security-groups/sg",
    "PUT /routers/r1/remove_router_interface",
    "DELETE /routers/r1",
    "DELETE /subnets/sub",
    "DELETE /networks/net",
    "DELETE /routers/r2",
  ]);
});
