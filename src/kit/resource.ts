/**
 * One description per REST collection, and the operations that follow from
 * it: every page of a list, get, find by name or ID (with the rules and the
 * wording of the python library that backs the command), create, update,
 * delete and tags. Response shapes are checked on the way in.
 */
import type { Query } from "../http/client.ts";
import type { ServiceClient } from "../http/service.ts";
import { listOfObjects, objectIn } from "../http/errors.ts";
import { linksMarker, listPages } from "../api/paging.ts";
import { sdkFind } from "../api/sdk.ts";
import { oscFind } from "../api/find.ts";
import { type AttrTable, attrValue, type Format } from "./attrs.ts";

export type Item = Record<string, unknown> & { id: string };

/**
 * How a name or ID is resolved, by the library the python command uses:
 * - "sdk": openstacksdk's find (GET by id; 404/400 → list filtered by name;
 *   "No <Class> found for x" / "More than one <Class> exists with the name 'x'.")
 * - "osc": osc_lib's find_resource over a client library (keystoneclient,
 *   cinderclient, novaclient): "No <noun> with a name or ID of 'x' exists."
 * - "get": the key is the name itself (keypairs): only a GET.
 */
export type Lookup = "sdk" | "osc" | "get";

export interface Resource {
  /** Catalog service type. */
  readonly service: string;
  /** Collection path below the endpoint: "/security-groups". */
  readonly path: string;
  /** JSON key of one item ("security_group") and of a list ("security_groups"). */
  readonly key: string;
  readonly plural: string;
  /** openstacksdk's class name, for its messages ("SecurityGroup"). */
  readonly sdkName: string;
  /** Noun in osc_lib messages ("security group"). */
  readonly noun: string;
  readonly lookup: Lookup;
  /** "links": `<plural>_links` rel=next markers (Nova, Neutron, Cinder); "none": one page. */
  readonly paging: "links" | "none";
  /** The field a list filters names on (default "name"); null: the list has no name filter. */
  readonly nameFilter?: string | null;
  /** JSON key the item is found by in a list ("name" for keypairs nested as {keypair: {...}}). */
  readonly unwrapListItem?: string;
  readonly attrs: AttrTable;
  /** The update method: openstacksdk PUTs; keystoneclient PATCHes. Default "PUT". */
  readonly updateMethod?: "PUT" | "PATCH";
  /**
   * Show output is the response's own keys (a client library's `_info`), not the
   * attribute table: keys dropped (links), renamed, formatted.
   */
  readonly bodyShow?: BodyShow;
  /**
   * The service's name filter is trusted as is (keystoneclient's find keeps
   * every item the list returns; cinderclient's compares names itself).
   */
  readonly serverNameFilter?: boolean;
}

export interface BodyShow {
  readonly drop?: readonly string[];
  readonly rename?: Readonly<Record<string, string>>;
  readonly format?: Readonly<Record<string, Format>>;
}

export function defineResource(r: Resource): Resource {
  return r;
}

/** The item's ID as openstacksdk reads it (a keypair's is its name). */
export function idOf(r: Resource, item: Record<string, unknown>): string {
  return String(attrValue(r.attrs, item, "id"));
}

function itemPath(r: Resource, id: string): string {
  return `${r.path}/${encodeURIComponent(id)}`;
}

export interface ListOptions {
  limit?: number;
  marker?: string;
  headers?: Record<string, string>;
}

/** GET the collection, following every next link (up to `limit` items). */
export async function listAll(
  svc: ServiceClient,
  r: Resource,
  query: Query = {},
  opts: ListOptions = {},
): Promise<Item[]> {
  let items: Record<string, unknown>[];
  if (r.paging === "none") {
    const q = { ...query, limit: opts.limit, marker: opts.marker };
    const body = (await svc.request(r.path, { query: q, headers: opts.headers })).body;
    items = listOfObjects(body, r.plural, svc.type);
  } else {
    items = await listPages<Record<string, unknown>>(svc, r.path, query, {
      key: r.plural,
      next: (b) => linksMarker(b[`${r.plural}_links`]),
      limit: opts.limit,
      marker: opts.marker,
      headers: opts.headers,
    });
  }
  const inner = r.unwrapListItem;
  return (inner ? items.map((i) => objectIn<Item>(i, inner, svc.type)) : items) as Item[];
}

export async function getItem(
  svc: ServiceClient,
  r: Resource,
  id: string,
  query?: Query,
): Promise<Item> {
  return objectIn<Item>(await svc.get(itemPath(r, id), query), r.key, svc.type);
}

/** Finds one item by name or ID with the rules of the resource's library. */
export async function findItem(
  svc: ServiceClient,
  r: Resource,
  nameOrId: string,
  query: Query = {},
): Promise<Item> {
  const nameKey = r.nameFilter === undefined ? "name" : r.nameFilter;
  const byName = (name: string) => listAll(svc, r, nameKey ? { ...query, [nameKey]: name } : query);
  switch (r.lookup) {
    case "get":
      return await getItem(svc, r, nameOrId, query);
    case "sdk":
      return await sdkFind<Item>({
        resource: r.sdkName,
        get: (id) => getItem(svc, r, id, query),
        list: byName,
        id: (i) => idOf(r, i),
        name: (i) => attrValue(r.attrs, i, "name") as string | null | undefined,
      }, nameOrId);
    case "osc":
      return await oscFind<Item & { name?: string }>({
        noun: r.noun,
        get: (id) => getItem(svc, r, id) as Promise<Item & { name?: string }>,
        find: byName as (name: string) => Promise<(Item & { name?: string })[]>,
        list: () => listAll(svc, r, query) as Promise<(Item & { name?: string })[]>,
        exact: !r.serverNameFilter,
      }, nameOrId);
  }
}

export async function createItem(
  svc: ServiceClient,
  r: Resource,
  attrs: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<Item> {
  const res = await svc.request(r.path, { method: "POST", json: { [r.key]: attrs }, headers });
  return objectIn<Item>(res.body, r.key, svc.type);
}

/**
 * What an openstacksdk resource holds after its create: the attributes sent,
 * each overwritten by the answer's value where the answer has the key.
 */
export function sdkCreated(sent: Readonly<Record<string, unknown>>, answer: Item): Item {
  return { ...sent, ...answer };
}

/** PUT (or PATCH) the changed attributes (openstacksdk sends the body even when it is empty). */
export async function updateItem(
  svc: ServiceClient,
  r: Resource,
  id: string,
  attrs: Record<string, unknown>,
): Promise<Item> {
  const res = await svc.request(itemPath(r, id), {
    method: r.updateMethod ?? "PUT",
    json: { [r.key]: attrs },
  });
  return objectIn<Item>(res.body, r.key, svc.type);
}

export async function deleteItem(
  svc: ServiceClient,
  r: Resource,
  id: string,
  query?: Query,
): Promise<void> {
  await svc.request(itemPath(r, id), { method: "DELETE", query, expectJson: false });
}

/** PUT <item>/tags: replaces every tag (Neutron's tag extension). */
export async function putTags(
  svc: ServiceClient,
  r: Resource,
  id: string,
  tags: readonly string[],
): Promise<void> {
  await svc.request(`${itemPath(r, id)}/tags`, { method: "PUT", json: { tags } });
}
