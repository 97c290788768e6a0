import { deepStrictEqual, strictEqual } from "node:assert";
import { damerauLevenshtein, fuzzyMatches, unknownCommandText } from "../../src/cli/suggest.ts";

// Expected values were computed by cliff 4.0.0 itself (tests/cli/gen_fuzzy.py).
const fixture = JSON.parse(
  await Deno.readTextFile(new URL("./fixtures/fuzzy.json", import.meta.url)),
) as { commands: string[]; fuzzy: Record<string, string[]>; distance: [string, string, number][] };

Deno.test("damerau-levenshtein matches cliff's weighted distance", () => {
  for (const [a, b, d] of fixture.distance) {
    strictEqual(damerauLevenshtein(a, b), d, `${a} vs ${b}`);
  }
});

Deno.test("fuzzy matches equal cliff's for every probe word", () => {
  for (const [word, expected] of Object.entries(fixture.fuzzy)) {
    deepStrictEqual(fuzzyMatches(word, fixture.commands), expected, word);
  }
});

Deno.test("unknown command text has the python client's wording", () => {
  const text = unknownCommandText(["sever", "list"], ["server list", "server show", "flavor list"]);
  strictEqual(
    text,
    "openstack: 'sever list' is not an openstack command. See 'openstack --help'.\n" +
      "Did you mean one of these?\n  server list\n  server show\n",
  );
});
