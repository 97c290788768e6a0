/** What the container, object and object store account commands share (python's object_store_v1). */
import type { Context } from "../../context.ts";
import type { Cell, ListResult, ShowResult } from "../../output/types.ts";
import { dictColumn } from "../../columns/format.ts";
import { type Entry, type Swift, swiftPath, swiftRequest } from "../../api/object_store/swift.ts";
import { saveDownload } from "../../kit/binary.ts";
import { OscError } from "../../errors.ts";
import { CONTROL, escapeControl } from "../../http/errors.ts";

/** osc_lib's KeyValueAction into a dict: a repeated key keeps its first place and its last value. */
export function propertyMap(entries: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    const eq = e.indexOf("=");
    if (eq < 0) throw new OscError(`Expected 'key=value' type, but got: ${e}`);
    if (eq === 0) throw new OscError(`Property key must be specified: ${e}`);
    out.set(e.slice(0, eq), e.slice(eq + 1));
  }
  return out;
}

// deno-lint-ignore no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * python's _set_properties: one header per property ("X-Container-Meta-%s");
 * a non-ASCII key or value is logged as an error and left out.
 */
export async function setHeaders(
  ctx: Context,
  props: Map<string, string>,
  tag: string,
): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  for (const [k, v] of props) {
    if (!ASCII.test(k) || !ASCII.test(v)) {
      // (control characters escaped: python writes them to the terminal as they are)
      await ctx.stderr.write(
        `Cannot set property ${k.replace(CONTROL, escapeControl)} to non-ascii value\n`,
      );
      continue;
    }
    headers[`${tag}${k}`] = v;
  }
  return headers;
}

/** python's _unset_properties: "X-Remove-Container-Meta-<key>: x" for each key. */
export function unsetHeaders(keys: readonly string[], tag: string): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [`${tag}${k}`, "x"]));
}

/** Listing rows: each column's key is its name lowercased, spaces as "_" ("" when absent). */
export function entryRows(entries: readonly Entry[], columns: readonly string[]): ListResult {
  const keys = columns.map((c) => c.toLowerCase().replaceAll(" ", "_"));
  return {
    kind: "list",
    columns,
    rows: entries.map((e) => keys.map((k) => (k in e ? e[k] as Cell : ""))),
  };
}

/** `zip(*sorted(data.items()))`, with `properties` as a DictColumn. */
export function sortedShow(data: Record<string, unknown>): ShowResult {
  const fields = Object.keys(data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    kind: "show",
    fields,
    values: fields.map((f) =>
      f === "properties"
        ? dictColumn(data[f] as Record<string, unknown>)
        : (data[f] ?? null) as Cell
    ),
  };
}

/** `os.path.dirname`. */
export function pyDirname(path: string): string {
  const head = path.slice(0, path.lastIndexOf("/") + 1);
  return /^\/+$/.test(head) ? head : head.replace(/\/+$/, "");
}

/**
 * python's object_save: GET the object as a stream; on a 200, write it to
 * `file` (default: the object's name, its missing directories made first) or,
 * for "-", to stdout.
 */
export async function saveObject(
  ctx: Context,
  s: Swift,
  container: string,
  object: string,
  file?: string,
): Promise<void> {
  const target = file || object;
  const res = await swiftRequest(s, swiftPath(container, object), { stream: true });
  const data = res.stream ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  if (res.status !== 200) {
    await data.cancel();
    return;
  }
  if (target === "-") return await saveDownload(ctx, data, undefined);
  const dir = pyDirname(target);
  if (dir && await ctx.fs.mode(dir) === undefined) await ctx.fs.mkdirp(dir, 0o755);
  await saveDownload(ctx, data, target);
}
