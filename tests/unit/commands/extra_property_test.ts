/**
 * --extra-property parsing and conversion. Every expectation here is what
 * python-openstackclient 6.0's own code gives for the same entries
 * (osc_lib's MultiKeyValueAction, then NeutronCommandWithExtraArgs.
 * _parse_extra_properties), run once by hand with /usr/bin/python3.
 */
import { deepStrictEqual, throws } from "node:assert";
import {
  parseExtraProperties,
  withExtraAttributes,
} from "../../../src/commands/_extra_property.ts";
import { multiKeyValue } from "../../../src/commands/_common.ts";
import { sdkBody } from "../../../src/api/sdk.ts";
import { NETWORK_SDK_NAMES } from "../../../src/api/network/networks.ts";

const convert = (entries: string[]) => withExtraAttributes({}, parseExtraProperties(entries));

const CASES: [string[], Record<string, unknown> | string][] = [
  [["type=int,name=a,value= +1_000 "], { a: 1000 }],
  [["type=int,name=a,value=1__0"], "invalid literal for int() with base 10: '1__0'"],
  [["type=int,name=a,value="], "invalid literal for int() with base 10: ''"],
  [["type=int,name=a,value=1'"], `invalid literal for int() with base 10: "1'"`],
  [
    ["type=bool,name=a,value=True", "type=bool,name=b,value=yes", "type=bool,name=c,value=tRUE"],
    { a: true, b: false, c: true },
  ],
  [["type=list,name=a,value=", "type=list,name=b,value=x;y;;z"], { a: [], b: ["x", "y", "", "z"] }],
  [
    ["type=dict,name=a,value=", "type=dict,name=b,value=k:v:w;x;y:1;y:2"],
    { a: {}, b: { k: "v:w;x", y: "2" } },
  ],
  [["type=dict,name=a,value=;k:v"], "missing value for key ''"],
  [["name=a,value=1,name=b"], { b: "1" }],
  [["name=a,value=x=y"], { a: "x=y" }],
  [["name=a,value=1", "name=a,value=2,type=int"], { a: 2 }],
  [["type=,name=a,value=1"], "Type  of property a is not supported"],
  [["name=a,value=1,type=int,type=bool"], { a: false }],
  [["name=a,value"], "Expected comma separated 'key=value' pairs, but got: value"],
  [["name=a,=1"], "Each property key must be specified: =1"],
];

for (const [entries, want] of CASES) {
  Deno.test(`--extra-property ${entries.join(" ")}`, () => {
    if (typeof want === "string") {
      throws(() => convert(entries), (e: Error) => e.message === want);
    } else {
      deepStrictEqual(convert(entries), want);
    }
  });
}

Deno.test("--extra-property: a name __proto__ is an ordinary attribute", () => {
  const out = convert(["type=str,name=__proto__,value=1"]);
  deepStrictEqual(Object.keys(out), ["__proto__"]);
  deepStrictEqual(JSON.stringify(out), '{"__proto__":"1"}');
});

Deno.test("MultiKeyValueAction key checks (valid keys in declared order, one line)", () => {
  const spec = { required: ["name", "value"], optional: ["type"] };
  throws(
    () => multiKeyValue("name=a,zz=1,yy=2", spec),
    (e: Error) => e.message === "Invalid keys zz, yy specified. Valid keys are: name, value, type",
  );
  throws(
    () => multiKeyValue("type=int", spec),
    (e: Error) => e.message === "Missing required keys name, value. Required keys are: name, value",
  );
  deepStrictEqual(multiKeyValue("anything=1,x=2"), { anything: "1", x: "2" });
});

Deno.test("openstacksdk's Network body: SDK names become Neutron's, the last spelling wins", () => {
  // python: Network.new(**attrs)._prepare_request(requires_id=False).body
  deepStrictEqual(
    sdkBody(
      withExtraAttributes(
        { name: "n", admin_state_up: true, shared: true },
        parseExtraProperties([
          "type=bool,name=is_shared,value=false",
          "name=is_router_external,value=x",
          "name=custom,value=1",
        ]),
      ),
      NETWORK_SDK_NAMES,
    ),
    { name: "n", admin_state_up: true, shared: false, "router:external": "x", custom: "1" },
  );
  deepStrictEqual(
    sdkBody({ is_shared: "yes", shared: true }, NETWORK_SDK_NAMES),
    { shared: true },
  );
});
