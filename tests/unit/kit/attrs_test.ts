/**
 * Attribute tables. Expected field orders and texts are python-openstackclient
 * 6.0's for the same bodies (security group show and list on the test cloud).
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { attrValue, bodyShowResult, listResult, showResult } from "../../../src/kit/attrs.ts";
import { securityGroup } from "../../../src/resources/network/security_group.ts";
import { keypair } from "../../../src/resources/compute/keypair.ts";
import { isFormatted } from "../../../src/output/types.ts";

const GROUP = {
  id: "g1",
  name: "web",
  description: "d",
  project_id: "p1",
  tenant_id: "p1",
  stateful: true,
  revision_number: 1,
  created_at: "t0",
  updated_at: "t1",
  tags: [],
  security_group_rules: [{
    id: "r1",
    direction: "ingress",
    ethertype: "IPv4",
    protocol: null,
    port_range_min: null,
    security_group_id: "g1",
    project_id: "p1",
    tenant_id: "p1",
    description: "",
    tags: [],
    revision_number: 0,
  }],
};

Deno.test("show: every attribute but the hidden ones, renamed, sorted by the name shown", () => {
  const r = showResult(securityGroup.attrs, GROUP);
  deepStrictEqual(r.fields, [
    "created_at",
    "description",
    "id",
    "name",
    "project_id",
    "revision_number",
    "rules",
    "stateful",
    "tags",
    "updated_at",
  ]);
});

Deno.test("show: a rule loses its empty values and the keys the group tells", () => {
  const r = showResult(securityGroup.attrs, GROUP);
  const rules = r.values[r.fields.indexOf("rules")];
  strictEqual(isFormatted(rules) && rules.human, "direction='ingress', ethertype='IPv4', id='r1'");
  // json keeps the rule as the API gave it
  deepStrictEqual(isFormatted(rules) && rules.machine, GROUP.security_group_rules);
});

Deno.test("an absent key reads as the SDK default, else None", () => {
  strictEqual(attrValue(keypair.attrs, { name: "k" }, "type"), "ssh");
  strictEqual(attrValue(keypair.attrs, { name: "k" }, "created_at"), null);
  // a keypair's id is its name
  strictEqual(attrValue(keypair.attrs, { name: "k", id: 7 }, "id"), "k");
  strictEqual(attrValue(keypair.attrs, { deleted: 0 }, "is_deleted"), false);
});

Deno.test("show: a command may hide more (keypair show hides the public key)", () => {
  const r = showResult(keypair.attrs, { name: "k", public_key: "ssh-ed25519 A" }, {
    hide: ["public_key"],
  });
  deepStrictEqual(r.fields, [
    "created_at",
    "fingerprint",
    "id",
    "is_deleted",
    "name",
    "private_key",
    "type",
    "user_id",
  ]);
});

Deno.test("list: columns in the order given; a list cell stays raw without a formatter", () => {
  const r = listResult(securityGroup.attrs, [GROUP], [["ID", "id"], ["Tags", "tags"]]);
  deepStrictEqual(r.columns, ["ID", "Tags"]);
  deepStrictEqual(r.rows, [["g1", []]]);
  const f = listResult(securityGroup.attrs, [GROUP], [["Tags", "tags", "list"]]);
  const cell = f.rows[0][0];
  strictEqual(isFormatted(cell) && cell.human, "");
});

Deno.test("body show: the response's own keys, dropped and renamed, sorted", () => {
  const r = bodyShowResult({ b: 1, links: {}, a: 2, tenant_id: "p" }, {
    drop: ["links"],
    rename: { tenant_id: "project_id" },
  });
  deepStrictEqual(r.fields, ["a", "b", "project_id"]);
  deepStrictEqual(r.values, [2, 1, "p"]);
});
