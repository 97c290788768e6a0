/**
 * network flavor profile association, meter rules and conntrack helpers in
 * process: what python 6.0 does with the same answers (observed on the test
 * cloud with --debug; the warning is openstacksdk 0.101's text).
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { jsonExchange, replay } from "./replay.ts";
import { REMOTE_IP_PREFIX_WARNING } from "../../../src/resources/network/metering_label_rule.ts";

const NEUTRON = "http://127.0.0.1:9696/v2.0";
const FLAVOR = { id: "f1000000-0000-4000-8000-000000000001", name: "gold", service_profiles: [] };
const PROFILE = { id: "p1000000-0000-4000-8000-000000000001", metainfo: "{}", driver: "" };
const rule = (id: string, remote: string | null) => ({
  id,
  metering_label_id: "m1",
  direction: "ingress",
  remote_ip_prefix: remote,
  source_ip_prefix: null,
  destination_ip_prefix: null,
  excluded: false,
});

Deno.test("network flavor add profile: a refused association still succeeds, as in python", async () => {
  const r = await replay(
    ["network", "flavor", "add", "profile", FLAVOR.id, PROFILE.id],
    "admin",
    [
      jsonExchange(`${NEUTRON}/flavors/${FLAVOR.id}`, { flavor: FLAVOR }),
      jsonExchange(`${NEUTRON}/service_profiles/${PROFILE.id}`, { service_profile: PROFILE }),
      jsonExchange(
        `${NEUTRON}/flavors/${FLAVOR.id}/service_profiles`,
        {
          NeutronError: {
            type: "FlavorServiceProfileBindingExists",
            message: "in use",
            detail: "",
          },
        },
        409,
        "POST",
      ),
    ],
  );
  deepStrictEqual([r.code, r.stdout, r.stderr], [0, "", ""]);
});

Deno.test("network meter rule list: the deprecation warning once, when a rule has a remote prefix", async () => {
  const url = `${NEUTRON}/metering/metering-label-rules`;
  const two = await replay(["network", "meter", "rule", "list", "-f", "value"], "admin", [
    jsonExchange(url, {
      metering_label_rules: [rule("r1", "10.0.0.0/8"), rule("r2", "10.1.0.0/16")],
    }),
  ]);
  strictEqual(two.code, 0);
  strictEqual(two.stderr, REMOTE_IP_PREFIX_WARNING + "\n");
  // python reads "excluded", which its object lacks: the column is always empty
  strictEqual(two.stdout, "r1  ingress 10.0.0.0/8 None None\nr2  ingress 10.1.0.0/16 None None\n");
  const none = await replay(["network", "meter", "rule", "list", "-f", "value"], "admin", [
    jsonExchange(url, { metering_label_rules: [rule("r3", null)] }),
  ]);
  deepStrictEqual([none.code, none.stderr], [0, ""]);
});

Deno.test("network l3 conntrack helper list: openstacksdk refuses every filter, after the router lookup", async () => {
  const router = { id: "r1000000-0000-4000-8000-000000000001", name: "edge" };
  const r = await replay(
    ["network", "l3", "conntrack", "helper", "list", router.id, "--helper", "tftp"],
    "admin",
    [jsonExchange(`${NEUTRON}/routers/${router.id}`, { router })],
  );
  deepStrictEqual([r.code, r.stdout, r.stderr], [1, "", "Invalid query params: helper\n"]);
});
