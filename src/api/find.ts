/** The python client's name-or-ID lookup (osc_lib.utils.find_resource), with its messages. */
import { CliError } from "../cli/errors.ts";

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
    throw new CliError(
      `More than one ${spec.noun} exists with the name '${nameOrId}'.`,
    );
  }
  throw new CliError(`No ${spec.noun} with a name or ID of '${nameOrId}' exists.`);
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
