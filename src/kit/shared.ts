/** Behaviour behind the shared flags of flags.ts. */
import type { Context } from "../context.ts";
import type { Query } from "../http/client.ts";
import type { ServiceClient } from "../http/service.ts";
import { findIdentity } from "../api/identity/find.ts";
import { idOf, putTags, type Resource } from "./resource.ts";

/** identity.common.find_project: the project's ID, its domain narrowing a name search. */
export async function projectId(
  ctx: Context,
  project: string | undefined,
  domain: string | undefined,
): Promise<string | undefined> {
  if (project === undefined) return undefined;
  return await scopedId(ctx, "project", project, domain);
}

/** identity.common.find_user. */
export async function userId(
  ctx: Context,
  user: string | undefined,
  domain: string | undefined,
): Promise<string | undefined> {
  if (user === undefined) return undefined;
  return await scopedId(ctx, "user", user, domain);
}

async function scopedId(
  ctx: Context,
  kind: "project" | "user",
  nameOrId: string,
  domain: string | undefined,
): Promise<string> {
  const identity = await ctx.service("identity");
  const domainId = domain ? (await findIdentity(identity, "domain", domain)).id : undefined;
  return (await findIdentity(identity, kind, nameOrId, { domainId })).id;
}

export interface TagFilter {
  tags?: string;
  anyTags?: string;
  notTags?: string;
  notAnyTags?: string;
}

/** Neutron's tag filters (openstacksdk's query names). */
export function tagFilterQuery(f: TagFilter): Query {
  return {
    tags: f.tags || undefined,
    "tags-any": f.anyTags || undefined,
    "not-tags": f.notTags || undefined,
    "not-tags-any": f.notAnyTags || undefined,
  };
}

function currentTags(item: Record<string, unknown>): string[] {
  return Array.isArray(item.tags) ? item.tags.map(String) : [];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((t) => y.has(t));
}

/**
 * osc_lib's update_tags_for_set: --no-tag starts from none, --tag adds; the
 * tags are PUT (sorted) only when the set changes. Returns the item as shown after.
 */
export async function setTags<T extends Record<string, unknown> & { id: string }>(
  svc: ServiceClient,
  r: Resource,
  item: T,
  f: { tag: readonly string[]; noTag: boolean },
): Promise<T> {
  const had = currentTags(item);
  const want = [...new Set([...(f.noTag ? [] : had), ...f.tag])].sort();
  if (sameSet(had, want)) return item;
  await putTags(svc, r, idOf(r, item), want);
  return { ...item, tags: want };
}

/** osc_lib's update_tags_for_unset: --all-tag clears, --tag removes. */
export async function unsetTags<T extends Record<string, unknown> & { id: string }>(
  svc: ServiceClient,
  r: Resource,
  item: T,
  f: { tag: readonly string[]; allTag: boolean },
): Promise<void> {
  const had = currentTags(item);
  const want = f.allTag ? [] : had.filter((t) => !f.tag.includes(t));
  if (!sameSet(had, want)) await putTags(svc, r, idOf(r, item), [...new Set(want)].sort());
}
