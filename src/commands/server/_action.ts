/**
 * "Find the server(s), POST one action": start, stop, pause, lock and the
 * like. The lookup follows the python library behind each command: osc_lib's
 * find_resource over novaclient ("No server with a name or ID of 'x'
 * exists.", errors "<message> (HTTP 409) (Request-ID: …)") or openstacksdk's
 * find_server ("No Server found for x", errors "ConflictException: 409: …").
 * Like python, a bulk command stops at the first server that fails.
 */
import { type CommandDef, defineCommand } from "../../cli/command.ts";
import type { FlagSpec, FlagValues } from "../../cli/flags.ts";
import type { Context } from "../../context.ts";
import type { ServiceClient } from "../../http/service.ts";
import { findServer, sdkFindServer, serverAction } from "../../api/compute/servers.ts";
import { sdkCall } from "../../api/sdk.ts";
import { warn } from "../../cli/verbosity.ts";

export type ServerLookup = "nova" | "sdk";

type Flags = Record<string, FlagSpec>;

export interface ActionSpec<F extends Flags> {
  summary: string;
  description?: string;
  /** Help of the <server> positional. */
  help: string;
  /** python's nargs="+" (several servers, one by one). */
  many?: boolean;
  lookup: ServerLookup;
  flags?: F;
  /** The action's key in the POST body ("os-start", "pause"). */
  action: string;
  /** Its value (default null); may refuse the flags before anything is sent. */
  info?(f: FlagValues<F>, compute: ServiceClient): unknown;
  /** A deprecated command's warning (python's LOG.warning), before anything else. */
  warning?: string;
}

/** ALL_PROJECTS as osc's boolenv reads it. */
export function allProjectsEnv(ctx: Context): boolean {
  return /^(1|true|yes|on)$/i.test(ctx.env.ALL_PROJECTS ?? "");
}

/** The server's id, found the way the command's python library finds it. */
export async function serverId(
  compute: ServiceClient,
  lookup: ServerLookup,
  nameOrId: string,
  allProjects = false,
): Promise<string> {
  return lookup === "sdk"
    ? (await sdkFindServer(compute, nameOrId)).id
    : (await findServer(compute, nameOrId, allProjects)).id;
}

/** Runs `p` with the error wording of the lookup's library. */
export function libraryCall<T>(lookup: ServerLookup, p: Promise<T>): Promise<T> {
  return lookup === "sdk" ? sdkCall(p) : p;
}

export function serverActionCommand<F extends Flags = Record<never, FlagSpec>>(
  spec: ActionSpec<F>,
): CommandDef<F> {
  return defineCommand({
    summary: spec.summary,
    description: spec.description,
    flags: spec.flags ?? ({} as F),
    positionals: [{
      name: "server",
      metavar: "<server>",
      help: spec.help,
      arity: spec.many ? "many" : "one",
    }],
    async run({ flags, positionals }, ctx) {
      if (spec.warning) await warn(ctx, spec.warning);
      const compute = await ctx.service("compute");
      const info = spec.info ? spec.info(flags, compute) : null;
      // only start and stop have --all-projects (and read ALL_PROJECTS)
      const all = "allProjects" in (spec.flags ?? {}) &&
        ((flags as Record<string, unknown>).allProjects === true || allProjectsEnv(ctx));
      const wanted = positionals.server;
      for (const nameOrId of Array.isArray(wanted) ? wanted : [wanted as string]) {
        await libraryCall(
          spec.lookup,
          (async () => {
            const id = await serverId(compute, spec.lookup, nameOrId, all);
            await serverAction(compute, id, spec.action, info);
          })(),
        );
      }
    },
  });
}
