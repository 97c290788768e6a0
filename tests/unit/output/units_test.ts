/**
 * The output layer's building blocks against values computed by python
 * (expected/units.json, written by gen_expected.py): str()/repr(), float
 * repr, wcwidth for every code point, textwrap.fill, PyYAML and json scalars.
 */
import assert from "node:assert/strict";
import { outputOptions } from "../../../src/output/flags.ts";
import { encodeJson } from "../../../src/output/json.ts";
import { pyRepr, pyStr } from "../../../src/output/pyrepr.ts";
import { fill } from "../../../src/output/textwrap.ts";
import { charWidth } from "../../../src/output/wcwidth.ts";
import { dumpYaml } from "../../../src/output/yaml.ts";
import units from "./expected/units.json" with { type: "json" };

Deno.test("wcwidth: every code point", () => {
  const runs = (units.widths as string).split(" ").map((run) => {
    const [cp, w] = run.split(":");
    return [Number.parseInt(cp, 16), Number.parseInt(w, 10)];
  });
  assert.ok(runs.length > 100);
  let mismatches = 0;
  for (let r = 0; r < runs.length; r++) {
    const [start, width] = runs[r];
    const end = r + 1 < runs.length ? runs[r + 1][0] : 0x110000;
    for (let cp = start; cp < end; cp++) {
      if (charWidth(cp) !== width) {
        if (mismatches++ < 5) assert.equal(charWidth(cp), width, `U+${cp.toString(16)}`);
      }
    }
  }
  assert.equal(mismatches, 0);
});

Deno.test("textwrap.fill", () => {
  for (const [text, width, want] of units.wrap as [string, number, string][]) {
    assert.equal(fill(text, width), want, `${JSON.stringify(text)} at ${width}`);
  }
});

Deno.test("python str() and repr()", () => {
  for (const [value, str, repr] of units.repr as [unknown, string, string][]) {
    assert.equal(pyStr(value), str, `str(${JSON.stringify(value)})`);
    assert.equal(pyRepr(value), repr, `repr(${JSON.stringify(value)})`);
  }
});

Deno.test("python float repr and json", () => {
  const floats = units.floats as [number, string, string][];
  assert.ok(floats.length > 250);
  for (const [x, repr, json] of floats) {
    assert.equal(pyStr(x), repr);
    assert.equal(encodeJson(x, 2), json);
  }
});

Deno.test("PyYAML scalars as values, sequence items and keys", () => {
  const samples = units.yaml as [string, string, string, string][];
  assert.ok(samples.length > 400);
  for (const [s, asValue, asItem, asKey] of samples) {
    const what = JSON.stringify(s);
    assert.equal(dumpYaml(new Map([["k", s]])), asValue, `value ${what}`);
    assert.equal(dumpYaml([s]), asItem, `item ${what}`);
    assert.equal(dumpYaml(new Map([[s, [s]]])), asKey, `key ${what}`);
  }
});

Deno.test("PyYAML whole documents", () => {
  for (const [value, want] of units.yaml_documents as [unknown, string][]) {
    assert.equal(dumpYaml(value), want, JSON.stringify(value));
  }
});

Deno.test("json string escaping", () => {
  for (const [s, want] of units.json as [string, string][]) {
    assert.equal(encodeJson(s, 2), want, JSON.stringify(s));
  }
});

Deno.test("--max-width/--fit-width defaults from the environment", () => {
  const cases = units.table_flags as [Record<string, string>, string[], number, boolean][];
  for (const [env, argv, maxWidth, fitWidth] of cases) {
    const values: Record<string, unknown> = {};
    if (argv[0] === "--max-width") values.maxWidth = Number.parseInt(argv[1], 10);
    if (argv[0] === "--fit-width") values.fitWidth = true;
    const opts = outputOptions(values, env);
    const what = `${JSON.stringify(env)} ${argv.join(" ")}`;
    assert.equal(opts.maxWidth, maxWidth, what);
    assert.equal(opts.fitWidth, fitWidth, what);
  }
});
