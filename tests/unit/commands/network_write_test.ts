/**
 * network create / delete in process. The request bodies expected here are the
 * ones python-openstackclient 6.0 sends for the same arguments (its --debug
 * trace against the test cloud); tests/e2e/write_parity_test.ts compares the
 * two clients end to end.
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { jsonExchange, loadFixture, replay } from "./replay.ts";

const NEUTRON = "http://127.0.0.1:9696/v2.0";
const recorded = loadFixture("network_show_json");
const PRIVATE = JSON.parse(
  recorded.exchanges.find((e) => e.url.endsWith("?name=private"))!.body,
).networks[0];
const created = (extra: Record<string, unknown> = {}) => ({
  ...PRIVATE,
  id: "0c1d0000-0000-4000-8000-00000000000a",
  name: "n1",
  subnets: [],
  tags: [],
  ...extra,
});

Deno.test("network create: python's request body, then the tags, sorted", async () => {
  const net = created({ admin_state_up: false, shared: true, port_security_enabled: false });
  const r = await replay(
    [
      "network",
      "create",
      "n1",
      "--disable",
      "--share",
      "--description",
      "d",
      "--mtu",
      "1400",
      "--disable-port-security",
      "--tag",
      "z",
      "--tag",
      "a",
      "-f",
      "json",
    ],
    "admin",
    [
      jsonExchange(`${NEUTRON}/networks`, { network: net }, 201, "POST"),
      jsonExchange(`${NEUTRON}/networks/${net.id}/tags`, { tags: ["a", "z"] }, 200, "PUT"),
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.bodies.get(`POST ${NEUTRON}/networks`), {
    network: {
      name: "n1",
      port_security_enabled: false,
      mtu: "1400",
      shared: true,
      admin_state_up: false,
      description: "d",
    },
  });
  deepStrictEqual(r.bodies.get(`PUT ${NEUTRON}/networks/${net.id}/tags`), { tags: ["a", "z"] });
  const out = JSON.parse(r.stdout);
  deepStrictEqual(out.tags, ["a", "z"]);
  strictEqual(out.admin_state_up, false);
  strictEqual(out.name, "n1");
  deepStrictEqual(r.unused, []);
});

Deno.test("network create: no tags, no tag request; admin_state_up always sent", async () => {
  const net = created();
  const r = await replay(["network", "create", "n1", "-f", "value", "-c", "id"], "admin", [
    jsonExchange(`${NEUTRON}/networks`, { network: net }, 201, "POST"),
  ]);
  strictEqual(r.code, 0, r.stderr);
  strictEqual(r.stdout, `${net.id}\n`);
  deepStrictEqual(r.bodies.get(`POST ${NEUTRON}/networks`), {
    network: { name: "n1", admin_state_up: true },
  });
  deepStrictEqual(r.requests.filter((q) => q.includes(":9696/")), [`POST ${NEUTRON}/networks`]);
});

Deno.test("network create: Neutron's refusal in openstacksdk's words", async () => {
  const r = await replay(["network", "create", "n1", "--mtu", "99999"], "admin", [
    jsonExchange(
      `${NEUTRON}/networks`,
      {
        NeutronError: {
          type: "InvalidInput",
          message: "Invalid input for operation: Requested MTU is too big, maximum is 1450.",
          detail: "",
        },
      },
      400,
      "POST",
    ),
  ]);
  strictEqual(r.code, 1);
  strictEqual(
    r.stderr,
    "Error while executing command: BadRequestException: 400, Invalid input for operation: " +
      "Requested MTU is too big, maximum is 1450.\n",
  );
  strictEqual(r.stdout, "");
});

Deno.test("network create: conflicting flags fail before any request", async () => {
  const r = await replay(["network", "create", "n1", "--share", "--no-share"], "admin", []);
  strictEqual(r.code, 2);
  strictEqual(
    r.stderr.trimEnd().split("\n").pop(),
    "openstack network create: error: argument --no-share: not allowed with argument --share",
  );
  deepStrictEqual(r.requests, []);
});

Deno.test("network delete: every name is tried; failures counted at the end", async () => {
  const net = created();
  const r = await replay(["network", "delete", "n1", "nope", "n1"], "admin", [
    jsonExchange(`${NEUTRON}/networks/n1`, { NeutronError: { message: "x" } }, 404),
    jsonExchange(`${NEUTRON}/networks?name=n1`, { networks: [net] }),
    { method: "DELETE", url: `${NEUTRON}/networks/${net.id}`, status: 204, headers: {}, body: "" },
    jsonExchange(`${NEUTRON}/networks/nope`, { NeutronError: { message: "x" } }, 404),
    jsonExchange(`${NEUTRON}/networks?name=nope`, { networks: [] }),
    // the second n1: gone by now
    jsonExchange(`${NEUTRON}/networks/n1`, { NeutronError: { message: "x" } }, 404),
    jsonExchange(`${NEUTRON}/networks?name=n1`, { networks: [] }),
  ]);
  strictEqual(r.code, 1);
  strictEqual(r.stdout, "");
  strictEqual(
    r.stderr,
    "Failed to delete network with name or ID 'nope': No Network found for nope\n" +
      "Failed to delete network with name or ID 'n1': No Network found for n1\n" +
      "2 of 3 networks failed to delete.\n",
  );
  deepStrictEqual(r.unused, []);
});

Deno.test("network delete: a refused DELETE shows Neutron's reason", async () => {
  const net = created();
  const r = await replay(["network", "delete", net.id], "admin", [
    jsonExchange(`${NEUTRON}/networks/${net.id}`, { network: net }),
    jsonExchange(
      `${NEUTRON}/networks/${net.id}`,
      {
        NeutronError: {
          type: "NetworkInUse",
          message:
            `Unable to complete operation on network ${net.id}. There are one or more ports still in use on the network.`,
          detail: "",
        },
      },
      409,
      "DELETE",
    ),
  ]);
  strictEqual(r.code, 1);
  strictEqual(
    r.stderr,
    `Failed to delete network with name or ID '${net.id}': ConflictException: 409: ` +
      `Client Error for url: ${NEUTRON}/networks/${net.id}, Unable to complete operation on ` +
      `network ${net.id}. There are one or more ports still in use on the network.\n` +
      "1 of 1 networks failed to delete.\n",
  );
});
