/**
 * Plain commands, configured rather than written: show, list, delete,
 * create, set and unset over one Resource. A command with something really
 * special to do keeps its own run() with defineCommand.
 */
import { type CommandDef, defineCommand } from "../cli/command.ts";
import type { FlagSpec, FlagValues, PositionalSpec } from "../cli/flags.ts";
import type { Context } from "../context.ts";
import type { Query } from "../http/client.ts";
import type { ServiceClient } from "../http/service.ts";
import type { CommandResult } from "../output/types.ts";
import { bodyShowResult, type Column, listResult, type ShowOptions, showResult } from "./attrs.ts";
import type { ShowResult } from "../output/types.ts";
import { deleteEach } from "./bulk.ts";
import {
  createItem,
  deleteItem,
  findItem,
  idOf,
  type Item,
  listAll,
  type Resource,
  sdkCreated,
  updateItem,
} from "./resource.ts";
import { deleteDescriber, worded, type Wording } from "./wording.ts";

type Flags = Record<string, FlagSpec>;
type Positionals = Record<string, string | string[] | undefined>;

/** The one positional naming the item: `<group>`, "Security group to show (name or ID)". */
function one(p: PositionalSpec): PositionalSpec[] {
  return [p];
}

/** Show options, fixed or worked out from the item (fields python hides when they are None). */
export type ShowFor = ShowOptions | ((item: Item) => ShowOptions);

/** The item as show output: the attribute table, or the response's own keys (bodyShow). */
export function shown(r: Resource, item: Item, opts?: ShowFor): ShowResult {
  if (r.bodyShow) return bodyShowResult(item, r.bodyShow);
  return showResult(r.attrs, item, typeof opts === "function" ? opts(item) : opts);
}

/** How a command finds its item when the resource's own lookup is not the rule (domains). */
export type Finder<F extends Flags> = (
  w: WriteContext<F>,
  nameOrId: string,
) => Promise<Item>;

export interface ShowSpec<F extends Flags> {
  summary: string;
  positional: PositionalSpec;
  flags?: F;
  wording?: Wording;
  show?: ShowFor;
  /** Query sent with the lookup (a user id for keypairs). */
  query?(f: FlagValues<F>, ctx: Context): Promise<Query> | Query;
  /** Finds the item instead of the resource's lookup. */
  find?: Finder<F>;
}

export function showCommand<F extends Flags = Record<never, FlagSpec>>(
  r: Resource,
  spec: ShowSpec<F>,
): CommandDef<F> {
  return defineCommand({
    summary: spec.summary,
    output: "show",
    flags: spec.flags ?? ({} as F),
    positionals: one(spec.positional),
    async run({ flags, positionals }, ctx) {
      const svc = await ctx.service(r.service);
      const query = spec.query ? await spec.query(flags, ctx) : {};
      const nameOrId = positionals[spec.positional.name] as string;
      const item = await worded(
        spec.wording ?? "sdk",
        spec.find
          ? spec.find({ flags, positionals, ctx, svc }, nameOrId)
          : findItem(svc, r, nameOrId, query),
      );
      return shown(r, item, spec.show);
    },
  });
}

export interface ListSpec<F extends Flags> {
  summary: string;
  flags: F;
  columns: readonly Column[];
  /** Columns with --long (the command must then have a `long` flag). */
  long?: readonly Column[];
  wording?: Wording;
  query?(f: FlagValues<F>, ctx: Context): Promise<Query> | Query;
  /** --limit/--marker, when the command has them. */
  page?(f: FlagValues<F>): { limit?: number; marker?: string };
}

export function listCommand<F extends Flags>(r: Resource, spec: ListSpec<F>): CommandDef<F> {
  return defineCommand({
    summary: spec.summary,
    output: "list",
    flags: spec.flags,
    async run({ flags }, ctx) {
      const svc = await ctx.service(r.service);
      const query = spec.query ? await spec.query(flags, ctx) : {};
      const items = await worded(
        spec.wording ?? "sdk",
        listAll(svc, r, query, spec.page?.(flags)),
      );
      const long = (flags as Record<string, unknown>).long === true && spec.long;
      return listResult(r.attrs, items, long ? spec.long! : spec.columns);
    },
  });
}

export interface DeleteSpec<F extends Flags> {
  summary: string;
  positional: PositionalSpec;
  flags?: F;
  /** The word in "Failed to delete <noun> with name or ID …" (python's `resource`). */
  noun: string;
  /** The closing line's plural when it is not noun + "s" ("RBAC policies"). */
  plural?: string;
  /** python's failure line when it is not "Failed to delete <noun> with name or ID '<item>': …". */
  line?: (item: string, why: string) => string;
  wording?: Wording;
  query?(f: FlagValues<F>, ctx: Context): Promise<Query> | Query;
}

export function deleteCommand<F extends Flags = Record<never, FlagSpec>>(
  r: Resource,
  spec: DeleteSpec<F>,
): CommandDef<F> {
  return defineCommand({
    summary: spec.summary,
    flags: spec.flags ?? ({} as F),
    positionals: one({ ...spec.positional, arity: "many" }),
    async run({ flags, positionals }, ctx) {
      const svc = await ctx.service(r.service);
      const query = spec.query ? await spec.query(flags, ctx) : {};
      const names = positionals[spec.positional.name] as string[];
      await deleteEach(
        ctx,
        spec.noun,
        names,
        async (nameOrId) => {
          await deleteItem(svc, r, idOf(r, await findItem(svc, r, nameOrId, query)));
        },
        deleteDescriber(spec.wording ?? "sdk"),
        spec.line,
        spec.plural === undefined
          ? undefined
          : (failed, total) => `${failed} of ${total} ${spec.plural} failed to delete.`,
      );
    },
  });
}

export interface WriteContext<F extends Flags> {
  flags: FlagValues<F>;
  positionals: Positionals;
  ctx: Context;
  svc: ServiceClient;
}

export interface CreateSpec<F extends Flags> {
  summary: string;
  flags: F;
  positionals: readonly PositionalSpec[];
  wording?: Wording;
  /** The POST body's attributes. */
  body(w: WriteContext<F>): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Follow-up requests on the new item (tags); returns the item as shown. */
  after?(w: WriteContext<F>, item: Item): Promise<Item>;
  show?: ShowFor;
  /** On 409 Conflict: the item to show instead (--or-show), or undefined to fail. */
  conflict?(w: WriteContext<F>): Promise<Item | undefined>;
  /**
   * openstacksdk's create: what was sent and not answered stays as sent (a flavor
   * profile's project_id, which Neutron does not return).
   */
  keepSent?: boolean;
  /** Sends the POST instead of a plain one (an extension check around it). */
  create?(w: WriteContext<F>, attrs: Record<string, unknown>): Promise<Item>;
}

export function createCommand<F extends Flags>(r: Resource, spec: CreateSpec<F>): CommandDef<F> {
  return defineCommand({
    summary: spec.summary,
    output: "show",
    flags: spec.flags,
    positionals: spec.positionals,
    async run({ flags, positionals }, ctx): Promise<CommandResult> {
      const svc = await ctx.service(r.service);
      const w = { flags, positionals, ctx, svc };
      // the lookups in body() fail in the library's wording too
      const item = await worded(
        spec.wording ?? "sdk",
        (async () => {
          const attrs = await spec.body(w);
          let made: Item;
          try {
            made = spec.create ? await spec.create(w, attrs) : await createItem(svc, r, attrs);
            if (spec.keepSent) made = sdkCreated(attrs, made);
          } catch (e) {
            const other = (e as { status?: number }).status === 409 && spec.conflict
              ? await spec.conflict(w)
              : undefined;
            if (!other) throw e;
            return other;
          }
          return spec.after ? await spec.after(w, made) : made;
        })(),
      );
      return shown(r, item, spec.show);
    },
  });
}

export interface SetSpec<F extends Flags, P = undefined> {
  summary: string;
  positional: PositionalSpec;
  flags: F;
  wording?: Wording;
  /**
   * Lookups python makes before it finds the item (port set resolves --fixed-ip subnets
   * first): their errors come first; the result is handed to body().
   */
  prepare?(w: WriteContext<F>): Promise<P>;
  /** Attributes to PUT; undefined: no PUT (python's unset commands without changes). */
  body(w: WriteContext<F>, item: Item, prepared: P):
    | Promise<Record<string, unknown> | undefined>
    | Record<
      string,
      unknown
    >
    | undefined;
  /** Requests after the update (tags). */
  after?(w: WriteContext<F>, item: Item): Promise<void>;
  /** Checks argparse makes while parsing (before any request): throws on bad input. */
  validate?(f: FlagValues<F>): void;
  /** Finds the item instead of the resource's lookup. */
  find?: Finder<F>;
  /** Sends the update instead of a plain PUT (an extension check around it). */
  update?(w: WriteContext<F>, item: Item, attrs: Record<string, unknown>): Promise<unknown>;
}

/** set and unset: find, PUT the changes, then any follow-ups; prints nothing. */
export function updateCommand<F extends Flags, P = undefined>(
  r: Resource,
  spec: SetSpec<F, P>,
): CommandDef<F> {
  return defineCommand({
    summary: spec.summary,
    flags: spec.flags,
    positionals: one(spec.positional),
    async run({ flags, positionals }, ctx) {
      spec.validate?.(flags);
      const svc = await ctx.service(r.service);
      const w = { flags, positionals, ctx, svc };
      await worded(
        spec.wording ?? "sdk",
        (async () => {
          const prepared = (spec.prepare ? await spec.prepare(w) : undefined) as P;
          const nameOrId = positionals[spec.positional.name] as string;
          const item = spec.find ? await spec.find(w, nameOrId) : await findItem(svc, r, nameOrId);
          const attrs = await spec.body(w, item, prepared);
          // openstacksdk commits only changed attributes: nothing changed, no request
          // (Neutron would refuse an empty RBAC policy update)
          const nothing = r.lookup === "sdk" && attrs && Object.keys(attrs).length === 0;
          if (attrs && !nothing) {
            if (spec.update) await spec.update(w, item, attrs);
            else await updateItem(svc, r, idOf(r, item), attrs);
          }
          await spec.after?.(w, item);
        })(),
      );
    },
  });
}
