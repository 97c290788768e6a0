/**
 * Every recorded scenario (scenarios.ts, fixtures/*.json): our command run
 * in-process against the recorded responses prints what the python client
 * printed against the same cloud at the same moment, and makes exactly the
 * recorded requests.
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { loadFixture, normaliseIds, replay } from "./replay.ts";
import { scenarios } from "./scenarios.ts";

for (const s of scenarios.filter((x) => !x.volatile)) {
  Deno.test(`recorded: ${s.name} prints what python printed`, async () => {
    const f = loadFixture(s.name);
    const r = await replay(f.argv, f.cloud, f.exchanges);
    strictEqual(r.stdout, f.python.stdout, r.stderr);
    strictEqual(r.code, f.python.code, r.stderr);
    if (f.python.code !== 0) strictEqual(normaliseIds(r.stderr), normaliseIds(f.python.stderr));
    deepStrictEqual(r.unused, [], "recorded requests not made");
  });
}
