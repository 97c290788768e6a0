/** Entry point: build the real dependencies, run, exit with the code. */
import { run } from "./src/cli/run.ts";
import { registry } from "./src/registry.gen.ts";
import { realDeps } from "./src/deps.ts";
import { permissionLine } from "./src/permissions.ts";

const controller = new AbortController();
/** The interactive mode's Ctrl-C handler: true when it dealt with the signal. */
let interrupt: (() => boolean) | undefined;
Deno.addSignalListener("SIGINT", () => {
  if (interrupt?.()) return;
  if (controller.signal.aborted) Deno.exit(130);
  controller.abort(new Error("interrupted"));
  // A request in flight sees the abort; anything else stops here.
  setTimeout(() => Deno.exit(130), 2000);
});
let deps;
try {
  deps = realDeps(controller.signal);
} catch (e) {
  // the environment and the working directory are read first: the bundle run without flags
  const line = permissionLine(e);
  if (!line) throw e;
  await Deno.stderr.write(new TextEncoder().encode(line + "\n"));
  Deno.exit(1);
}
Deno.exit(
  await run(Deno.args, deps, registry, {
    input: {
      stdin: () => Deno.stdin.readable,
      isTerminal: () => Deno.stdin.isTerminal(),
      onInterrupt: (handler) => void (interrupt = handler),
    },
  }),
);
