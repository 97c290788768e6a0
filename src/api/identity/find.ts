/** Keystone projects and users by name or ID (optionally within a domain). */
import type { ServiceClient } from "../../http/service.ts";
import { findResource, oscFind, unless404 } from "../find.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";

export interface Entity {
  id: string;
  name: string;
}

async function find(
  identity: ServiceClient,
  kind: "project" | "user",
  nameOrId: string,
  domain?: string,
): Promise<Entity> {
  const plural = `${kind}s`;
  return await findResource<Entity>({
    noun: kind,
    byId: (id) =>
      unless404(
        identity.get<Record<string, Entity>>(`/${plural}/${encodeURIComponent(id)}`).then((b) =>
          b[kind]
        ),
      ),
    byName: async (name) =>
      (await identity.get<Record<string, Entity[]>>(`/${plural}`, {
        name,
        domain_id: domain,
      }))[plural],
  }, nameOrId);
}

export function findProject(identity: ServiceClient, nameOrId: string, domain?: string) {
  return find(identity, "project", nameOrId, domain);
}

export function findUser(identity: ServiceClient, nameOrId: string, domain?: string) {
  return find(identity, "user", nameOrId, domain);
}

/**
 * openstackclient.identity.common's find_domain/find_project/find_user:
 * osc_lib's find_resource through keystoneclient, and a 403 anywhere means
 * "use what the user typed as the ID" (a user may not list what it may use).
 * `domainId` limits the name search to a domain.
 */
export async function findIdentity(
  identity: ServiceClient,
  kind: "domain" | "project" | "user",
  nameOrId: string,
  opts: { domainId?: string; forbiddenAsId?: boolean } = {},
): Promise<Entity> {
  const plural = `${kind}s`;
  try {
    return await oscFind<Entity>({
      noun: kind,
      get: async (id) =>
        objectIn<Entity>(
          await identity.get(`/${plural}/${encodeURIComponent(id)}`),
          kind,
          "identity",
        ),
      find: async (name) =>
        listOfObjects<Entity>(
          await identity.get(`/${plural}`, { domain_id: opts.domainId, name }),
          plural,
          "identity",
        ),
      list: async () => listOfObjects<Entity>(await identity.get(`/${plural}`), plural, "identity"),
    }, nameOrId);
  } catch (e) {
    if (opts.forbiddenAsId !== false && (e as { status?: number }).status === 403) {
      return { id: nameOrId, name: nameOrId };
    }
    throw e;
  }
}
