/**
 * The federation commands' own input handling. Expected values are python's: str.splitlines()
 * of the same texts, and what identity provider create sent for the same file (--debug).
 */
import { deepStrictEqual, rejects } from "node:assert";
import {
  pySplitlines,
  readMappingRules,
  remoteIds,
} from "../../../src/resources/identity/federation.ts";

Deno.test("pySplitlines splits where python's str.splitlines does", () => {
  const cases: [string, string[]][] = [
    ["", []],
    ["a", ["a"]],
    ["a\nb", ["a", "b"]],
    ["a\r\nb\rc", ["a", "b", "c"]],
    ["a\n\nb", ["a", "", "b"]],
    ["a\vb\fc\x1cd\x85e\u2028f", ["a", "b", "c", "d", "e", "f"]],
    ["a\n", ["a"]],
  ];
  for (const [text, lines] of cases) deepStrictEqual(pySplitlines(text), lines, text);
});

Deno.test("remoteIds: the file's lines stripped, else the flags, else none", async () => {
  const file = await Deno.makeTempFile();
  try {
    await Deno.writeTextFile(file, "  https://a/one \n\nhttps://a/two\r\nhttps://a/three\n");
    deepStrictEqual(await remoteIds({ remoteId: [], remoteIdFile: file }), [
      "https://a/one",
      "",
      "https://a/two",
      "https://a/three",
    ]);
    await Deno.writeTextFile(file, " \n ");
    deepStrictEqual(await remoteIds({ remoteId: [], remoteIdFile: file }), []);
  } finally {
    await Deno.remove(file);
  }
  deepStrictEqual(await remoteIds({ remoteId: ["x", "y"] }), ["x", "y"]);
  deepStrictEqual(await remoteIds({ remoteId: [] }), undefined);
  await rejects(remoteIds({ remoteId: [], remoteIdFile: "/e2e-no-such-file" }), {
    message: "Error occurred trying to read from file /e2e-no-such-file",
  });
});

Deno.test("readMappingRules: python's messages for a missing flag, file or bad JSON", async () => {
  await rejects(readMappingRules(undefined), {
    message: "expected str, bytes or os.PathLike object, not NoneType",
  });
  await rejects(readMappingRules("/e2e-no-such-file"), {
    message: "Error occurred trying to read from file /e2e-no-such-file",
  });
  const file = await Deno.makeTempFile();
  try {
    await Deno.writeTextFile(file, '[\n  {"local": [}\n]\n');
    await rejects(readMappingRules(file), {
      message:
        `An error occurred when reading rules from file ${file}: Expecting value: line 2 column 14 (char 15)`,
    });
    await Deno.writeTextFile(file, ' [{"local": [], "remote": []}] ');
    deepStrictEqual(await readMappingRules(file), [{ local: [], remote: [] }]);
  } finally {
    await Deno.remove(file);
  }
});
