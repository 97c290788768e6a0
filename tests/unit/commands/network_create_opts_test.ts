/**
 * network create --qos-policy and --extra-property in process. Request bodies
 * and messages are python-openstackclient 6.0's for the same arguments (its
 * --debug trace against the test cloud, whose Neutron has no QoS plugin: both
 * lookups answer 404 there).
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { jsonExchange, loadFixture, replay } from "./replay.ts";

const NEUTRON = "http://127.0.0.1:9696/v2.0";
const recorded = loadFixture("network_show_json");
const PRIVATE = JSON.parse(
  recorded.exchanges.find((e) => e.url.endsWith("?name=private"))!.body,
).networks[0];
const NET = { ...PRIVATE, id: "0c1d0000-0000-4000-8000-00000000000b", name: "n1", subnets: [] };
const POLICY = { id: "9d0c0000-0000-4000-8000-0000000000a1", name: "gold" };
const NOT_FOUND = {
  NeutronError: { type: "HTTPNotFound", message: "The resource could not be found.", detail: "" },
};

Deno.test("network create --extra-property: converted, SDK names renamed, python's body", async () => {
  const r = await replay(
    [
      ...["network", "create", "n1", "--extra-property", "type=int,name=mtu,value=1_3_00"],
      ...["--extra-property", "name=description,value=hi"],
      ...["--extra-property", "type=bool,name=is_shared,value=TRUE"],
      ...["--extra-property", "type=list,name=availability_zone_hints,value=nova"],
      ...["--extra-property", "type=dict,name=x,value=a:1;b;c:2"],
    ],
    "admin",
    [
      jsonExchange(
        `${NEUTRON}/networks`,
        {
          NeutronError: {
            type: "HTTPBadRequest",
            message: "Unrecognized attribute(s) 'x'",
            detail: "",
          },
        },
        400,
        "POST",
      ),
    ],
  );
  deepStrictEqual(r.bodies.get(`POST ${NEUTRON}/networks`), {
    network: {
      description: "hi",
      availability_zone_hints: ["nova"],
      admin_state_up: true,
      x: { a: "1;b", c: "2" },
      name: "n1",
      shared: true,
      mtu: 1300,
    },
  });
  strictEqual(r.code, 1);
  strictEqual(
    r.stderr,
    "Error while executing command: BadRequestException: 400, Unrecognized attribute(s) 'x'\n",
  );
});

Deno.test("network create --qos-policy: found by name, sent as qos_policy_id", async () => {
  const r = await replay(
    ["network", "create", "n1", "--qos-policy", "gold", "-f", "value", "-c", "id"],
    "admin",
    [
      jsonExchange(`${NEUTRON}/qos/policies/gold`, NOT_FOUND, 404),
      jsonExchange(`${NEUTRON}/qos/policies?name=gold`, { policies: [POLICY] }),
      jsonExchange(`${NEUTRON}/networks`, { network: NET }, 201, "POST"),
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  strictEqual(r.stdout, `${NET.id}\n`);
  deepStrictEqual(r.bodies.get(`POST ${NEUTRON}/networks`), {
    network: { name: "n1", admin_state_up: true, qos_policy_id: POLICY.id },
  });
  deepStrictEqual(r.unused, []);
});

Deno.test("network create --qos-policy: an id is fetched, not searched", async () => {
  const r = await replay(
    ["network", "create", "n1", "--qos-policy", POLICY.id, "-f", "value", "-c", "id"],
    "admin",
    [
      jsonExchange(`${NEUTRON}/qos/policies/${POLICY.id}`, { policy: POLICY }),
      jsonExchange(`${NEUTRON}/networks`, { network: NET }, 201, "POST"),
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(
    (r.bodies.get(`POST ${NEUTRON}/networks`) as { network: Record<string, unknown> }).network
      .qos_policy_id,
    POLICY.id,
  );
});

Deno.test("network create --qos-policy without Neutron's QoS plugin: python's message", async () => {
  const r = await replay(["network", "create", "n1", "--qos-policy", "foo"], "admin", [
    jsonExchange(`${NEUTRON}/qos/policies/foo`, NOT_FOUND, 404),
    jsonExchange(`${NEUTRON}/qos/policies?name=foo`, NOT_FOUND, 404),
  ]);
  strictEqual(r.code, 1);
  strictEqual(
    r.stderr,
    "Error while executing command: ResourceNotFound: 404, The resource could not be found.\n",
  );
  deepStrictEqual(r.unused, []);
});

Deno.test("network create --qos-policy: no such policy, or two of that name", async () => {
  const none = await replay(["network", "create", "n1", "--qos-policy", "foo"], "admin", [
    jsonExchange(`${NEUTRON}/qos/policies/foo`, NOT_FOUND, 404),
    jsonExchange(`${NEUTRON}/qos/policies?name=foo`, { policies: [] }),
  ]);
  strictEqual(none.code, 1);
  strictEqual(none.stderr, "Error while executing command: No QoSPolicy found for foo\n");
  const two = await replay(["network", "create", "n1", "--qos-policy", "gold"], "admin", [
    jsonExchange(`${NEUTRON}/qos/policies/gold`, NOT_FOUND, 404),
    jsonExchange(`${NEUTRON}/qos/policies?name=gold`, {
      policies: [POLICY, { ...POLICY, id: "other" }],
    }),
  ]);
  strictEqual(two.code, 1);
  // DuplicateResource is no HttpException: python shows it unwrapped
  strictEqual(two.stderr, "More than one QoSPolicy exists with the name 'gold'.\n");
});

Deno.test("network create --extra-property: bad entries fail before any request", async () => {
  const r = await replay(["network", "create", "n1", "--extra-property", "name=a"], "admin", []);
  strictEqual(r.code, 1);
  strictEqual(r.stderr, "Missing required keys value. Required keys are: name, value\n");
  deepStrictEqual(r.requests, []);
});

Deno.test("network create --extra-property: values converted after the lookups, as python does", async () => {
  const r = await replay(
    [
      ...["network", "create", "n1", "--qos-policy", POLICY.id],
      ...["--extra-property", "type=int,name=mtu,value=1.5"],
    ],
    "admin",
    [jsonExchange(`${NEUTRON}/qos/policies/${POLICY.id}`, { policy: POLICY })],
  );
  strictEqual(r.code, 1);
  strictEqual(r.stderr, "invalid literal for int() with base 10: '1.5'\n");
  deepStrictEqual(r.unused, []);
  strictEqual(r.requests.includes(`POST ${NEUTRON}/networks`), false);
});
