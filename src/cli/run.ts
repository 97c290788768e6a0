/**
 * The whole program as a function: argv + dependencies → exit code.
 * Nothing here touches the network before the command line is fully parsed.
 */
import type { Context, Deps } from "../context.ts";
import type { RegistryEntry } from "./registry_types.ts";
import { parseArgv, type Parsed } from "./parse.ts";
import { CliError } from "./errors.ts";
import { appHelp, commandHelp } from "./help.ts";
import { unknownCommandText } from "./suggest.ts";
import { VERSION } from "../version.ts";
import type { GlobalOptions } from "./global_options.ts";
import type { ServiceClient } from "../http/service.ts";
import type { Session } from "../http/session.ts";
import type { TimingRecord } from "../http/client.ts";

export async function run(
  argv: readonly string[],
  deps: Deps,
  registry: readonly RegistryEntry[],
): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgv(argv, registry);
  } catch (e) {
    return await report(e, deps, false);
  }
  const width = deps.terminalWidth() ?? 80;
  switch (parsed.kind) {
    case "version":
      await deps.stdout.write(`openstack ${VERSION}\n`);
      return 0;
    case "help":
      await deps.stdout.write(
        parsed.entry ? commandHelp(parsed.entry, width) : appHelp(registry, VERSION, width),
      );
      return 0;
    case "no-command":
      await deps.stderr.write(
        "openstack: a command is required (interactive mode is not supported). See 'openstack --help'.\n",
      );
      return 2;
    case "unknown":
      await deps.stdout.write(unknownCommandText(parsed.words, registry.map((e) => e.id)));
      return 2;
  }
  const debug = parsed.global.debug === true;
  const timings: TimingRecord[] | undefined = parsed.global.timing ? [] : undefined;
  try {
    const { outputOptions } = await import("../output/flags.ts");
    const output = parsed.entry.output ? outputOptions(parsed.flags, deps.env) : undefined;
    const mod = await parsed.entry.load();
    const ctx = makeContext(deps, parsed.global, debug, timings);
    const result = await mod.default.run(
      { flags: parsed.flags as never, positionals: parsed.positionals, output },
      ctx,
    );
    if (result && output) {
      const { renderResult } = await import("../output/render.ts");
      await deps.stdout.write(renderResult(result, output, deps.terminalWidth()));
    }
    if (timings) await writeTimings(deps, timings, output?.format ?? "table");
    return 0;
  } catch (e) {
    return await report(e, deps, debug);
  }
}

function makeContext(
  deps: Deps,
  global: GlobalOptions,
  debug: boolean,
  timings: TimingRecord[] | undefined,
): Context {
  let session: Promise<Session> | undefined;
  const trace = debug ? (line: string) => deps.stderr.write(line + "\n") : undefined;
  return {
    ...deps,
    global,
    service(type: string): Promise<ServiceClient> {
      session ??= import("../http/session.ts").then((m) =>
        m.openSession(deps, global, trace, timings)
      );
      return session.then((s) => s.service(type));
    },
  };
}

/** osc_lib's --timing report: a blank line, then a table (csv when the command used another format). */
async function writeTimings(deps: Deps, timings: TimingRecord[], format: string): Promise<void> {
  const { renderResult } = await import("../output/render.ts");
  const { outputOptions } = await import("../output/flags.ts");
  // timedelta.total_seconds(): microsecond resolution
  const secs = timings.map((t) => Math.round(t.seconds * 1e6) / 1e6);
  const total = secs.reduce((s, t) => s + t, 0);
  const rows = [...timings.map((t, i) => [`${t.method} ${t.url}`, secs[i]]), ["Total", total]];
  const opts = outputOptions({ format: format === "table" ? "table" : "csv" }, {});
  await deps.stdout.write(
    "\n" + renderResult({ kind: "list", columns: ["URL", "Seconds"], rows }, opts),
  );
}

/** One line on stderr, the right exit code; a stack trace only with --debug. */
async function report(e: unknown, deps: Deps, debug: boolean): Promise<number> {
  if (deps.signal?.aborted) {
    await deps.stderr.write("Interrupted\n");
    return 130;
  }
  if (e instanceof CliError) {
    const partial = (e as { partialOutput?: string }).partialOutput;
    if (partial) await deps.stdout.write(partial); // what python had printed before failing
    await deps.stderr.write(e.message.split("\n")[0] + "\n");
    if (debug && e.stack) await deps.stderr.write(e.stack + "\n");
    return e.exitCode;
  }
  const msg = e instanceof Error ? e.message : String(e);
  await deps.stderr.write(`openstack: unexpected error: ${msg.split("\n")[0]}\n`);
  if (debug && e instanceof Error && e.stack) await deps.stderr.write(e.stack + "\n");
  return 1;
}
