/**
 * Keystone lookups the python client's identity commands share
 * (openstackclient.identity.common): names narrowed to a domain, and a 403
 * while looking means "use what was typed as the ID" (a user may not list
 * what it may use).
 */
import type { Context } from "../context.ts";
import type { ServiceClient } from "../http/service.ts";
import { defaultReason, HttpError } from "../http/errors.ts";
import { OscError } from "../errors.ts";
import { findItem, getItem, type Item, listAll, type Resource } from "./resource.ts";
import { domain as domainResource } from "../resources/identity/domain.ts";
import { service as serviceResource } from "../resources/identity/service.ts";
import { region as regionResource } from "../resources/identity/region.ts";
import { user as userResource } from "../resources/identity/user.ts";

export interface IdentityFind {
  /** Only names in this domain (an ID, already resolved). */
  domainId?: string;
  /** identity.common's find_*: a 403 gives {id: what was typed}. false: utils.find_resource. */
  forbiddenAsId?: boolean;
}

function forbidden(e: unknown): boolean {
  return (e as { status?: number }).status === 403;
}

/** common.find_<kind> / utils.find_resource(manager, x, domain_id=…) for one keystone resource. */
export async function identityFind(
  svc: ServiceClient,
  r: Resource,
  nameOrId: string,
  opts: IdentityFind = {},
): Promise<Item> {
  try {
    return await findItem(svc, r, nameOrId, opts.domainId ? { domain_id: opts.domainId } : {});
  } catch (e) {
    if (opts.forbiddenAsId !== false && forbidden(e)) return { id: nameOrId, name: nameOrId };
    throw e;
  }
}

/** common.find_domain(x).id, or undefined when no domain was given. */
export async function domainIdOf(
  svc: ServiceClient,
  domain: string | undefined,
): Promise<string | undefined> {
  if (!domain) return undefined;
  return (await identityFind(svc, domainResource, domain)).id;
}

/** common.find_<kind>(x, domain): the domain first (by name or ID), then the item in it. */
export async function identityFindIn(
  svc: ServiceClient,
  r: Resource,
  nameOrId: string,
  domain: string | undefined,
): Promise<Item> {
  return await identityFind(svc, r, nameOrId, { domainId: await domainIdOf(svc, domain) });
}

/**
 * common._get_token_resource: the ID of the token's own project (or user, or
 * the project's domain), when that is what was named, so that a user who may not search by name
 * still finds it; otherwise the name as typed. Any failure: the name.
 */
export async function tokenResourceId(
  ctx: Context,
  svc: ServiceClient,
  kind: "project" | "user" | "domain",
  name: string,
  domain?: string,
): Promise<string> {
  try {
    const token = (await ctx.auth()).token;
    const res = await svc.request("/auth/tokens", { headers: { "X-Subject-Token": token } });
    const token_ = (res.body as Record<string, Record<string, Record<string, unknown>>>).token;
    const obj = (kind === "domain" ? token_.project.domain : token_[kind]) as {
      id: string;
      name: string;
      domain: Record<string, string>;
    };
    if (domain && !Object.values(obj.domain).includes(domain)) return name;
    return obj.name === name ? obj.id : name;
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    return name;
  }
}

/**
 * keystoneauth words an error whose body is not JSON (Keystone's router answers an unknown
 * path with werkzeug's HTML page, titled "404 Not Found") by its status alone: "Not Found".
 */
export async function keystoneauthWording<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof HttpError && e.apiMessage === `${e.status} ${defaultReason(e.status)}`) {
      throw new HttpError(e.status, defaultReason(e.status), e.requestId, e.url);
    }
    throw e;
  }
}

/** --user (with --user-domain) as an ID, or the token's own user when none was given. */
export async function userIdOrOwn(
  ctx: Context,
  svc: ServiceClient,
  name: string | undefined,
  domain: string | undefined,
): Promise<string> {
  if (name) return (await identityFindIn(svc, userResource, name, domain)).id;
  return (await ctx.auth()).userId ?? "";
}

/**
 * identity.common.find_service: a catalog service by ID (a 404 goes on), then by name, then by
 * type (Keystone filters both); several matches or none end in python's CommandError.
 */
export async function findService(svc: ServiceClient, nameTypeOrId: string): Promise<Item> {
  try {
    return await getItem(svc, serviceResource, nameTypeOrId);
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e;
  }
  const many = () =>
    new OscError(
      `Multiple service matches found for '${nameTypeOrId}', use an ID to be more specific.`,
    );
  for (const key of ["name", "type"]) {
    const found = await listAll(svc, serviceResource, { [key]: nameTypeOrId });
    if (found.length > 1) throw many();
    if (found.length === 1) return found[0];
  }
  throw new OscError(`No service with a type, name or ID of '${nameTypeOrId}' exists.`);
}

/**
 * The --region of the limit commands (identity.common.get_resource over regions): its ID by one
 * GET, or undefined when none was given or the text holds "None" (python's test).
 */
export async function limitRegionId(
  svc: ServiceClient,
  region: string | undefined,
): Promise<string | undefined> {
  if (!region || region.includes("None")) return undefined;
  try {
    return (await getItem(svc, regionResource, region)).id;
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e;
    throw new OscError(`No resource with name or id of '${region}' exists`);
  }
}
