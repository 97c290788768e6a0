/** Keystone projects and users by name or ID (optionally within a domain). */
import type { ServiceClient } from "../../http/service.ts";
import { findResource, unless404 } from "../find.ts";

interface Entity {
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
