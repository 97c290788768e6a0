import { deepStrictEqual, strictEqual, throws } from "node:assert";
import { sdkConvert } from "../../../src/api/sdk.ts";
import { oscFind } from "../../../src/api/find.ts";
import { HttpError } from "../../../src/http/errors.ts";
import { PyFloat } from "../../../src/output/types.ts";
import { sortItems } from "../../../src/commands/_sort.ts";

Deno.test("openstacksdk conversions: python's int(), float(), bool() and list", () => {
  strictEqual(sdkConvert("2", "int"), 2);
  strictEqual(sdkConvert(2.7, "int"), 2);
  deepStrictEqual(sdkConvert("1", "float"), new PyFloat(1));
  strictEqual(sdkConvert("False", "bool"), true); // bool("False")
  strictEqual(sdkConvert("", "bool"), false);
  strictEqual(sdkConvert(false, "bool"), false);
  deepStrictEqual(sdkConvert("x", "list"), ["x"]);
  strictEqual(sdkConvert(null, "int"), null);
  strictEqual(sdkConvert(true, "str"), "True");
});

Deno.test("sort_items: python's messages", () => {
  const get = (x: { n: string }, k: string) => {
    if (k !== "n") throw new Error(`Resource doesn't have field ${k}`);
    return x.n;
  };
  throws(
    () => sortItems([{ n: "a" }], "n:up", get),
    /'up' is not a valid sort direction for sort key n/,
  );
  throws(
    () => sortItems([{ n: "a" }], "n:", get),
    /'<empty string>' is not a valid sort direction/,
  );
  throws(() => sortItems([{ n: "a" }], ":asc", get), /'<empty string>'' is not a valid sort key/);
  deepStrictEqual(sortItems([{ n: "b" }, { n: "B" }, { n: "a" }], "n", get).map((x) => x.n), [
    "B",
    "a",
    "b",
  ]);
});

Deno.test("sort_items with str(): numbers compare as text, None as 'None'", () => {
  const rows = [{ v: 10 }, { v: 9 }, { v: null }];
  deepStrictEqual(sortItems(rows, "v", (x) => x.v, true).map((x) => x.v), [10, 9, null]);
});

const http = (status: number) =>
  new HttpError(status, "Forbidden", undefined, "http://x/", undefined);

Deno.test("find_resource: a refused name search falls back to the full list", async () => {
  const items = [{ id: "1", name: "one" }, { id: "2", name: "two" }];
  const spec = {
    noun: "thing",
    get: () => Promise.reject(http(404)),
    find: () => Promise.reject(http(403)),
    list: () => Promise.resolve(items),
  };
  deepStrictEqual(await oscFind(spec, "two"), items[1]);
  deepStrictEqual(await oscFind(spec, "1"), items[0]);
  await oscFind(spec, "three").then(
    () => {
      throw new Error("found");
    },
    (e) => strictEqual(e.message, "Could not find resource three"),
  );
  const refused = { ...spec, list: () => Promise.reject(http(403)) };
  await oscFind(refused, "two").then(
    () => {
      throw new Error("found");
    },
    (e) => strictEqual(e.status, 403),
  );
});
