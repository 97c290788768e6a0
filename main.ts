/** Entry point: build the real dependencies, run, exit with the code. */
import { run } from "./src/cli/run.ts";
import { registry } from "./src/registry.gen.ts";
import { realDeps } from "./src/deps.ts";

const controller = new AbortController();
Deno.addSignalListener("SIGINT", () => {
  if (controller.signal.aborted) Deno.exit(130);
  controller.abort(new Error("interrupted"));
  // A request in flight sees the abort; anything else stops here.
  setTimeout(() => Deno.exit(130), 2000);
});
Deno.exit(await run(Deno.args, realDeps(controller.signal), registry));
