/**
 * Command lines naming none of our commands: `help <group>`, `<group> --help`,
 * a command the python client has and this one does not have yet, and "did
 * you mean". run.ts imports this module only on those paths: it brings the
 * python client's command list, which dispatch never needs.
 */
import { pythonCommandIds } from "./python_commands.gen.ts";
import { findCommand } from "./parse.ts";
import { unknownCommandText } from "./suggest.ts";
import { pyRepr } from "../output/pyrepr.ts";

/** What to print, and the exit code. */
export interface Answer {
  stdout?: string;
  stderr?: string;
  code: number;
}

/**
 * Commands cliff itself adds to every application. Both are ranked as
 * candidates; only `complete` can be "not yet" (`help` is always ours).
 */
const CLIFF_HELP = "help";
const CLIFF_COMPLETE = "complete";

/** The command words: the leading words before the first option. */
function commandWords(words: readonly string[]): string[] {
  const i = words.findIndex((w) => w.startsWith("-"));
  return i < 0 ? [...words] : words.slice(0, i);
}

/** The python client's command that `words` name (cliff's lookup), when this client has none. */
function pythonOnly(words: readonly string[], ourIds: readonly string[]): string | undefined {
  // "help" takes part so that an abbreviation is as ambiguous as in cliff ("" → help, complete)
  const ids = [...pythonCommandIds, CLIFF_COMPLETE, CLIFF_HELP].map((id) => ({ id }));
  const id = findCommand(commandWords(words), ids)?.entry.id;
  return id && id !== CLIFF_HELP && !ourIds.includes(id) ? id : undefined;
}

function notYet(id: string): Answer {
  return {
    stderr:
      `openstack: '${id}' is a python-openstackclient command that this client does not have yet\n`,
    code: 2,
  };
}

/** `openstack <words>` where the words name none of our commands. */
export function unknownCommand(words: readonly string[], ourIds: readonly string[]): Answer {
  const missing = pythonOnly(words, ourIds);
  if (missing) return notYet(missing);
  // cliff ranks every command the python client has; ours are among them
  const candidates = [...new Set([...pythonCommandIds, CLIFF_HELP, CLIFF_COMPLETE, ...ourIds])];
  return { stdout: unknownCommandText(words, candidates), code: 2 };
}

/**
 * `openstack help <words>` and `openstack <words> --help` where the words name
 * none of our commands. cliff's help lists every command whose name starts
 * with the first word ("help serv": server and service commands), exit 0; with
 * no such command it logs "Unknown command [...]", exit 1.
 */
export function helpTopic(words: readonly string[], ourIds: readonly string[]): Answer {
  const missing = pythonOnly(words, ourIds);
  if (missing) return notYet(missing);
  const word = words[0] ?? "";
  const ours = ourIds.filter((id) => id.startsWith(word)).sort();
  if (ours.length) {
    return {
      stdout: `Command "${word}" matches:\n` + ours.map((id) => `  ${id}\n`).join(""),
      code: 0,
    };
  }
  if (pythonCommandIds.some((id) => id.startsWith(word))) {
    return {
      stderr:
        `openstack: the python-openstackclient commands starting with '${word}' are not in this client yet\n`,
      code: 2,
    };
  }
  return { stderr: `Unknown command ${pyRepr(commandWords(words))}\n`, code: 1 };
}
