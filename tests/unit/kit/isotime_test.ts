import { strictEqual, throws } from "node:assert";
import { keystoneExpiry } from "../../../src/kit/isotime.ts";

Deno.test("keystoneExpiry: python's strptime format in, keystoneclient's isotime out", () => {
  strictEqual(keystoneExpiry("2031-01-02T03:04:05"), "2031-01-02T03:04:05.000000Z");
  strictEqual(keystoneExpiry("2031-1-2T3:4:5"), "2031-01-02T03:04:05.000000Z");
  for (const bad of ["2031-13-02T03:04:05", "2031-02-30T00:00:00", "tomorrow", "2031-01-02"]) {
    throws(
      () => keystoneExpiry(bad),
      { message: `time data '${bad}' does not match format '%Y-%m-%dT%H:%M:%S'` },
    );
  }
});
