/**
 * json.loads' messages: each expected text is what python 3.11's json.loads said for the same
 * input (null: python parsed it).
 */
import { deepStrictEqual, strictEqual, throws } from "node:assert";
import { PyJsonError, pyJsonLoads } from "../../../src/kit/pyjson.ts";

const PYTHON: [string, string | null][] = [
  ["", "Expecting value: line 1 column 1 (char 0)"],
  ["[", "Expecting value: line 1 column 2 (char 1)"],
  ["[1", "Expecting ',' delimiter: line 1 column 3 (char 2)"],
  ["[1,", "Expecting value: line 1 column 4 (char 3)"],
  ["[1,]", "Expecting value: line 1 column 4 (char 3)"],
  ["[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"],
  ["{", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"],
  ['{"a"', "Expecting ':' delimiter: line 1 column 5 (char 4)"],
  ['{"a":', "Expecting value: line 1 column 6 (char 5)"],
  ['{"a":1', "Expecting ',' delimiter: line 1 column 7 (char 6)"],
  ['{"a":1,', "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"],
  ['{"a":1,}', "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"],
  ["{a:1}", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"],
  ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
  ['"abc', "Unterminated string starting at: line 1 column 1 (char 0)"],
  ['"a\u0001b"', "Invalid control character at: line 1 column 3 (char 2)"],
  ['"a\\qb"', "Invalid \\escape: line 1 column 3 (char 2)"],
  ['"\\u12"', "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
  ['"\\u12zz"', "Invalid \\uXXXX escape: line 1 column 3 (char 2)"],
  ["[1] x", "Extra data: line 1 column 5 (char 4)"],
  ["  nul", "Expecting value: line 1 column 3 (char 2)"],
  ["tru", "Expecting value: line 1 column 1 (char 0)"],
  ["[NaN, Infinity, -Infinity]", null],
  ["-", "Expecting value: line 1 column 1 (char 0)"],
  ["01", "Extra data: line 1 column 2 (char 1)"],
  ['["x",\n {"a": [1, 2,\n ]}]', "Expecting value: line 3 column 2 (char 21)"],
  ['{"a":1}}', "Extra data: line 1 column 8 (char 7)"],
  ['{"a":"b\\', "Unterminated string starting at: line 1 column 6 (char 5)"],
  ["é[", "Expecting value: line 1 column 1 (char 0)"],
  ['["é", ]', "Expecting value: line 1 column 7 (char 6)"],
  ["1.5e", "Extra data: line 1 column 4 (char 3)"],
  [
    '{"\\ud83d\\ude00": "😀", x}',
    "Expecting property name enclosed in double quotes: line 1 column 23 (char 22)",
  ],
  ['"\\', "Unterminated string starting at: line 1 column 1 (char 0)"],
  ["[-]", "Expecting value: line 1 column 2 (char 1)"],
  ["[tru]", "Expecting value: line 1 column 2 (char 1)"],
];

Deno.test("pyJsonLoads fails where python's json.loads does, with its message", () => {
  for (const [text, message] of PYTHON) {
    let got: string | null = null;
    try {
      pyJsonLoads(text);
    } catch (e) {
      if (!(e instanceof PyJsonError)) throw e;
      got = e.message;
    }
    strictEqual(got, message, JSON.stringify(text));
  }
});

Deno.test("pyJsonLoads reads what JSON.parse reads, and python's NaN and Infinity", () => {
  const text = '[{"a": [1, -2.5e3, true, false, null]}, "\\u00e9\\n\\ud83d\\ude00", {}]';
  deepStrictEqual(pyJsonLoads(text), JSON.parse(text));
  deepStrictEqual(pyJsonLoads("[NaN, -Infinity]"), [NaN, -Infinity]);
  throws(() => pyJsonLoads("[1]]"), PyJsonError);
});
