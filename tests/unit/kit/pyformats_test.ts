// Expectations checked with python3's iso8601 1.0.2 and oslo_utils' uuidutils.
import { strictEqual } from "node:assert";
import { isIso8601, isUuidLike } from "../../../src/kit/pyformats.ts";

Deno.test("isIso8601 takes what iso8601.parse_date takes", () => {
  for (
    const ok of [
      "2016",
      "2016-03",
      "2016-3-4",
      "20160304",
      "2016-03-04T06:27:59Z",
      "2016-03-04 06:27",
      "2016-03-04T06:27:59.123+05:30",
      "2016-03-04T0627",
      "2016-02-29",
      "2016-03-04T06-05",
    ]
  ) strictEqual(isIso8601(ok), true, ok);
  for (
    const bad of [
      "",
      "yesterday",
      "201603",
      "2015-02-29",
      "2016-13-01",
      "0000-01-01",
      "2016-03-04T24:00",
      "2016-03-04T06:27:60",
      "2016-03-04T06:27:59+24:00",
      "2016-03-04T",
      "2016-03-04Z",
    ]
  ) strictEqual(isIso8601(bad), false, bad);
});

Deno.test("isUuidLike follows uuidutils.is_uuid_like", () => {
  strictEqual(isUuidLike("b745f0fa-8d4a-4444-949b-41094e78b1c1"), true);
  strictEqual(isUuidLike("B745F0FA8D4A4444949B41094E78B1C1"), true);
  strictEqual(isUuidLike("{b745f0fa-8d4a-4444-949b-41094e78b1c1}"), true);
  strictEqual(isUuidLike("urn:uuid:b745f0fa-8d4a-4444-949b-41094e78b1c1"), true);
  strictEqual(isUuidLike("server-1"), false);
  strictEqual(isUuidLike("b745f0fa-8d4a-4444-949b-41094e78b1c"), false);
});

Deno.test("strptimeYmd and pyIsoformat: python's datetime.strptime(s, '%Y-%m-%d').isoformat()", async () => {
  const { strptimeYmd, pyIsoformat } = await import("../../../src/kit/pyformats.ts");
  // expected: python 3.11's own answers
  const cases: [string, string][] = [
    ["2020-1-5", "2020-01-05T00:00:00"],
    ["2020-13-01", "time data '2020-13-01' does not match format '%Y-%m-%d'"],
    ["2020-01-011", "unconverted data remains: 1"],
    ["2020-02-30", "day is out of range for month"],
    ["x", "time data 'x' does not match format '%Y-%m-%d'"],
    ["0000-01-01", "year 0 is out of range"],
    ["2020-02-29", "2020-02-29T00:00:00"],
    ["2021-02-29", "day is out of range for month"],
    ["2020-1- 5", "2020-01-05T00:00:00"],
    ["2020-01-01 ", "unconverted data remains:  "],
  ];
  for (const [s, want] of cases) {
    const d = strptimeYmd(s);
    const got = typeof d === "string" ? d : pyIsoformat(d);
    if (got !== want) throw new Error(`${JSON.stringify(s)}: ${got} != ${want}`);
  }
  const t = new Date(Date.UTC(2026, 10, 5, 3, 4, 5, 123));
  if (pyIsoformat(t) !== "2026-11-05T03:04:05.123000") throw new Error(pyIsoformat(t));
});
