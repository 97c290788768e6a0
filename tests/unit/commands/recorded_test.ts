/**
 * Every parity case with a fixture (tests/parity/cases/, fixtures/*.json recorded by
 * record.ts): our command run in-process against the recorded responses prints what the
 * python client printed against the same cloud at the same moment, and makes exactly the
 * recorded requests.
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { loadFixture, normaliseIds, replay } from "./replay.ts";
import { fixtureCases } from "../../parity/cases.ts";

for (const c of fixtureCases.filter((x) => !x.unstable)) {
  Deno.test(`recorded: ${c.fixture} prints what python printed`, async () => {
    const f = loadFixture(c.fixture);
    deepStrictEqual([f.argv, f.cloud], [c.argv, c.cloud], "the case changed: record it again");
    const r = await replay(f.argv, f.cloud, f.exchanges);
    strictEqual(r.stdout, f.python.stdout, r.stderr);
    strictEqual(r.code, f.python.code, r.stderr);
    if (f.python.code !== 0) strictEqual(normaliseIds(r.stderr), normaliseIds(f.python.stderr));
    deepStrictEqual(r.unused, [], "recorded requests not made");
  });
}
