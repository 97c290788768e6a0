/** Keystone v3 projects. */
import type { Query } from "../../http/client.ts";
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects } from "../../http/errors.ts";

export interface Project {
  id: string;
  name: string;
  domain_id?: string;
  description?: string;
  enabled?: boolean;
  [key: string]: unknown;
}

/**
 * GET /projects, or GET /users/{user}/projects when a user is given
 * (keystoneclient's projects.list(domain=, user=, parent=, **filters)).
 */
export async function listProjects(
  identity: ServiceClient,
  q: { domainId?: string; parentId?: string; userId?: string; filters?: Query },
): Promise<Project[]> {
  const path = q.userId ? `/users/${encodeURIComponent(q.userId)}/projects` : "/projects";
  const query: Query = { domain_id: q.domainId, parent_id: q.parentId, ...q.filters };
  return listOfObjects<Project>(await identity.get(path, query), "projects", "identity");
}
