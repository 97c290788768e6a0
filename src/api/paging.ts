/** Marker paging shared by the list endpoints: follow `next` links to the last page. */
import type { Query } from "../http/client.ts";
import type { ServiceClient } from "../http/service.ts";
import { listOfObjects } from "../http/errors.ts";
import { BadResponseError } from "../http/errors.ts";

/** The `marker` of a next link (a full URL, or a path with a query as Glance sends). */
export function markerOf(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, "http://x/").searchParams.get("marker") ?? undefined;
  } catch {
    return undefined;
  }
}

/** The marker of a `<key>_links` rel=next entry (Nova, Neutron, Cinder). */
export function linksMarker(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const next = links.find((l) => l && (l as { rel?: string }).rel === "next") as
    | { href?: string }
    | undefined;
  return markerOf(next?.href);
}

export interface PageSpec {
  /** The key of the list in each page's body ("servers"); anything else there is an error. */
  key: string;
  /** The marker of the page after this one, if any. */
  next(body: Record<string, unknown>): string | undefined;
  /** Stop after this many items; undefined or negative: all. */
  limit?: number;
  /** Start after this item. */
  marker?: string;
  headers?: Record<string, string>;
}

/**
 * Every item of a paged list: the query is sent again with each page's
 * marker (and the remaining limit, when there is one) until a page has no
 * next link or the limit is reached.
 */
export async function listPages<T>(
  svc: ServiceClient,
  path: string,
  query: Query,
  spec: PageSpec,
): Promise<T[]> {
  const all: T[] = [];
  const want = spec.limit === undefined || spec.limit < 0 ? Infinity : spec.limit;
  let marker = spec.marker;
  const seen = new Set<string>();
  while (all.length < want) {
    const q: Query = { ...query };
    if (want !== Infinity) q.limit = want - all.length;
    if (marker !== undefined) q.marker = marker;
    const res = await svc.request(path, { query: orderPaging(q), headers: spec.headers });
    const body = (res.body ?? {}) as Record<string, unknown>;
    const items = listOfObjects<T>(body, spec.key, svc.type);
    if (!Array.isArray(items) || !items.every((i) => typeof i === "object" && i !== null)) {
      throw new BadResponseError(
        `Malformed response from ${svc.type}: ${path} did not list objects`,
      );
    }
    all.push(...items);
    marker = spec.next(body);
    // a page without items, or a marker seen before, ends the walk
    if (!marker || !items.length || seen.has(marker)) break;
    seen.add(marker);
  }
  return all.length > want ? all.slice(0, want) : all;
}

/** openstacksdk sends limit and marker before the other parameters. */
function orderPaging(q: Query): Query {
  const { limit, marker, ...rest } = q;
  return { limit, marker, ...rest };
}
