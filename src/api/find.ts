/** The python client's name-or-ID lookup (osc_lib.utils.find_resource), with its messages. */
import { OscError } from "../errors.ts";

export interface Named {
  id: string;
  name?: string | null;
}

export interface FindSpec<T extends Named> {
  /** Singular noun used in messages: "server", "flavor", "image". */
  noun: string;
  /** GET by id; undefined when the service says 404. */
  byId(id: string): Promise<T | undefined>;
  /** Candidates for a name (the service may filter; exact match is applied here). */
  byName(name: string): Promise<T[]>;
}

export async function findResource<T extends Named>(
  spec: FindSpec<T>,
  nameOrId: string,
): Promise<T> {
  const direct = await spec.byId(nameOrId);
  if (direct) return direct;
  const matches = (await spec.byName(nameOrId)).filter((r) => r.name === nameOrId);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw new OscError(
      `More than one ${spec.noun} exists with the name '${nameOrId}'.`,
    );
  }
  throw new OscError(`No ${spec.noun} with a name or ID of '${nameOrId}' exists.`);
}

/** Turns a 404 into undefined, for FindSpec.byId. */
export async function unless404<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 404 || status === 400) return undefined;
    throw e;
  }
}

export interface OscFindSpec<T extends Named> {
  /** Singular noun used in messages: "project", "volume". */
  noun: string;
  /** manager.get(id): GET by id; any failure means "not by id". */
  get(id: string): Promise<T>;
  /** manager.find(name=...): the service's name filter (exact names are kept here). */
  find(name: string): Promise<T[]>;
  /** manager.list(): everything, when find failed for another reason than no/many matches. */
  list(): Promise<T[]>;
  /** Keep only exact name matches of find() (default); false: keystoneclient keeps them all. */
  exact?: boolean;
}

/**
 * osc_lib.utils.find_resource as it behaves with the python *client
 * libraries (keystoneclient, cinderclient): get by id, then find by name
 * ("No <noun> with a name or ID of 'x' exists." / "More than one <noun>
 * exists with the name 'x'."); when the name search itself fails (403, say),
 * the unfiltered list is searched by id or name, and its errors are final.
 */
export async function oscFind<T extends Named>(spec: OscFindSpec<T>, nameOrId: string): Promise<T> {
  try {
    return await spec.get(nameOrId);
  } catch {
    // any error: try it as a name
  }
  let matches: T[] | undefined;
  try {
    matches = await spec.find(nameOrId);
    if (spec.exact !== false) matches = matches.filter((r) => r.name === nameOrId);
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === undefined) throw e;
    if (status === 404) matches = [];
  }
  if (matches?.length === 1) return matches[0];
  if (matches && matches.length > 1) {
    throw new OscError(`More than one ${spec.noun} exists with the name '${nameOrId}'.`);
  }
  if (matches) throw new OscError(`No ${spec.noun} with a name or ID of '${nameOrId}' exists.`);
  const all = (await spec.list()).filter((r) => r.id === nameOrId || r.name === nameOrId);
  if (all.length === 1) return all[0];
  if (all.length === 0) throw new OscError(`Could not find resource ${nameOrId}`);
  throw new OscError(`More than one resource exists with the name or ID '${nameOrId}'.`);
}
