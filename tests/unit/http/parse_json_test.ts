/**
 * Integers past 2^53 stay exact from the answer to the output, as with python's json: Neutron
 * answers an IPv6 /64's total_ips as 2^64 - 1, which a float would print as 1.8446744073709552e+19.
 */
import assert from "node:assert/strict";
import { parseJson } from "../../../src/http/client.ts";
import { encodeJson } from "../../../src/output/json.ts";
import { pyStr } from "../../../src/output/pyrepr.ts";

const ANSWER = '{"network_ip_availability": {"total_ips": 18446744073709551868, ' +
  '"used_ips": 2, "subnet_ip_availability": [{"total_ips": 18446744073709551615}], "f": 0.5}}';

Deno.test("parseJson keeps integers beyond 2^53 exact and leaves the rest alone", () => {
  const v = parseJson(ANSWER) as { network_ip_availability: Record<string, unknown> };
  const a = v.network_ip_availability;
  assert.equal(a.total_ips, 18446744073709551868n);
  assert.equal(a.used_ips, 2);
  assert.equal(a.f, 0.5);
  assert.deepEqual(a.subnet_ip_availability, [{ total_ips: 18446744073709551615n }]);
  // a digit run inside a string is no number
  assert.deepEqual(parseJson('{"id": "12345678901234567890"}'), { id: "12345678901234567890" });
});

Deno.test("big integers print as python prints them (json.dumps, str)", () => {
  const a = (parseJson(ANSWER) as { network_ip_availability: Record<string, unknown> })
    .network_ip_availability;
  // python3 -c 'import json; print(json.dumps({"total_ips": 18446744073709551868}))'
  assert.equal(encodeJson({ total_ips: a.total_ips }, null), '{"total_ips": 18446744073709551868}');
  assert.equal(pyStr(a.total_ips), "18446744073709551868");
});
