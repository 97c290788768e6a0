import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { helpTopic, unknownCommand } from "../../src/cli/unknown.ts";
import { pythonCommandIds } from "../../src/cli/python_commands.gen.ts";
import { unknownCommandText } from "../../src/cli/suggest.ts";

// Computed by cliff 4.0.0 over python-openstackclient 6.0.0's core command set
// (tests/cli/gen_core_fuzzy.py).
const core = JSON.parse(
  await Deno.readTextFile(new URL("./fixtures/core_fuzzy.json", import.meta.url)),
) as { commands: string[]; fuzzy: Record<string, string[]> };

const OURS = ["flavor list", "server create", "server list", "server show", "volume list"];

Deno.test("the recorded python command list is python's core set (cliff adds help, complete)", () => {
  deepStrictEqual(
    [...pythonCommandIds, "complete", "help"].sort(),
    core.commands.filter((c) => c).sort(),
  );
  strictEqual(pythonCommandIds.length, 488);
});

Deno.test("did-you-mean ranks as cliff does over python's commands", () => {
  for (const [word, expected] of Object.entries(core.fuzzy)) {
    const a = unknownCommand([word, "--long"], OURS);
    strictEqual(a.code, 2, word);
    strictEqual(a.stderr, undefined, word);
    strictEqual(a.stdout, unknownCommandText([word, "--long"], expected), word);
  }
  // python-openstackclient 6.0 printed exactly this for `openstack list`
  strictEqual(
    unknownCommand(["list"], OURS).stdout,
    "openstack: 'list' is not an openstack command. See 'openstack --help'.\n" +
      "Did you mean one of these?\n  limits show\n",
  );
});

Deno.test("a python command this client lacks: one line saying so, exit 2", () => {
  const cases: [string[], string][] = [
    [["subnet", "list"], "subnet list"],
    [["subnet", "lis", "--long"], "subnet list"], // cliff's abbreviations
    [["server", "add", "port", "s", "p"], "server add port"],
    [["complete"], "complete"], // cliff's own
  ];
  for (const [words, id] of cases) {
    for (const a of [unknownCommand(words, OURS), helpTopic(words, OURS)]) {
      deepStrictEqual(a, {
        stderr:
          `openstack: '${id}' is a python-openstackclient command that this client does not have yet\n`,
        code: 2,
      }, words.join(" "));
    }
  }
  // an ambiguous abbreviation is no command of python's either
  ok(unknownCommand(["s", "l"], OURS).stdout?.includes("Did you mean"));
});

Deno.test("help <group> lists our commands starting with the word, as cliff's help does", () => {
  // python prints this header and one line per command, sorted, and exits 0
  deepStrictEqual(helpTopic(["serv"], OURS), {
    stdout: 'Command "serv" matches:\n  server create\n  server list\n  server show\n',
    code: 0,
  });
  deepStrictEqual(
    helpTopic(["server", "lst"], OURS).stdout?.split("\n")[0],
    'Command "server" matches:',
  );
  // python's group, none of it ours yet
  deepStrictEqual(helpTopic(["subnet"], OURS), {
    stderr:
      "openstack: the python-openstackclient commands starting with 'subnet' are not in this client yet\n",
    code: 2,
  });
  // no command at all: cliff logs the lookup error and exits 1
  deepStrictEqual(helpTopic(["nosuch", "extra"], OURS), {
    stderr: "Unknown command ['nosuch', 'extra']\n",
    code: 1,
  });
  deepStrictEqual(helpTopic(["it's"], OURS), { stderr: `Unknown command ["it's"]\n`, code: 1 });
});
