/** Nova servers: GET /servers/detail (all pages), GET /servers/{id}. */
import type { Query } from "../../http/client.ts";
import type { ServiceClient } from "../../http/service.ts";
import { findResource, unless404 } from "../find.ts";
import { linksMarker, listPages } from "../paging.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";
import { sdkFind } from "../sdk.ts";

export interface ServerAddress {
  addr: string;
  version?: number;
  "OS-EXT-IPS:type"?: string;
}

export interface Server {
  id: string;
  name: string;
  status: string;
  addresses?: Record<string, ServerAddress[]>;
  /** {id, links}, or "" when booted from volume. */
  image?: { id?: string } | "";
  /** {id, links} before 2.47; {original_name, vcpus, ...} from 2.47. */
  flavor?: { id?: string; original_name?: string };
  metadata?: Record<string, string>;
  tenant_id?: string;
  user_id?: string;
  created?: string;
  security_groups?: { name: string }[];
  host_status?: string;
  [key: string]: unknown;
}

interface ServersPage {
  servers: Server[];
  servers_links?: { rel: string; href: string }[];
}

/** The marker of Nova's rel=next link, whatever host the link names. */
function nextMarker(page: ServersPage): string | undefined {
  const next = page.servers_links?.find((l) => l.rel === "next")?.href;
  if (!next) return undefined;
  try {
    return new URL(next).searchParams.get("marker") ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every server matching the query, following `servers_links` to the last page
 * (the python client stops after the first page unless --limit -1).
 * limit: stop after this many; undefined or -1: all.
 */
export async function listServers(
  compute: ServiceClient,
  query: Query,
  limit?: number,
  marker?: string,
  /** Applied to each page as it arrives: keep only what the caller needs (memory). */
  project?: (s: Server) => Server,
): Promise<Server[]> {
  const all: Server[] = [];
  const want = limit === undefined || limit < 0 ? Infinity : limit;
  let cursor = marker;
  while (all.length < want) {
    const q: Query = { ...query, marker: cursor };
    if (want !== Infinity) q.limit = want - all.length;
    const page = await compute.get<ServersPage>("/servers/detail", q);
    for (const s of listOfObjects<Server>(page, "servers", "compute")) {
      all.push(project ? project(s) : s);
    }
    cursor = nextMarker(page);
    if (!cursor || !page.servers?.length) break;
  }
  return all.length > want ? all.slice(0, want) : all;
}

export async function getServer(compute: ServiceClient, id: string): Promise<Server> {
  return (await compute.get<{ server: Server }>(`/servers/${encodeURIComponent(id)}`)).server;
}

/** allProjects: look names up in every project (admin), as --all-projects does. */
export async function findServer(
  compute: ServiceClient,
  nameOrId: string,
  allProjects = false,
): Promise<Server> {
  return await findResource({
    noun: "server",
    byId: (id) => unless404(getServer(compute, id)),
    byName: (name) =>
      listServers(compute, {
        name: `^${escapeRegex(name)}$`,
        all_tenants: allProjects ? "True" : undefined,
      }),
  }, nameOrId);
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** GET /servers (id and name only), every page: the caller's own servers. */
export async function listServerNames(
  compute: ServiceClient,
): Promise<{ id: string; name: string }[]> {
  return await listPages<{ id: string; name: string }>(compute, "/servers", {}, {
    key: "servers",
    next: (b) => linksMarker(b.servers_links),
  });
}

/** GET /servers/{id}/diagnostics: the status and body (python shows nothing unless 200). */
export async function getServerDiagnostics(
  compute: ServiceClient,
  id: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await compute.request(`/servers/${encodeURIComponent(id)}/diagnostics`);
  return { status: res.status, body: (res.body ?? {}) as Record<string, unknown> };
}

/** GET /servers/{id}/topology (2.78+). */
export async function getServerTopology(
  compute: ServiceClient,
  id: string,
): Promise<Record<string, unknown>> {
  return await compute.get<Record<string, unknown>>(
    `/servers/${encodeURIComponent(id)}/topology`,
  );
}

/** POST /servers: Nova's answer (id, links, adminPass, security_groups, OS-DCF:diskConfig). */
export async function createServer(
  compute: ServiceClient,
  body: Record<string, unknown>,
): Promise<Server> {
  const res = await compute.request("/servers", { method: "POST", json: body });
  return objectIn<Server>(res.body, "server", "compute");
}

/** DELETE /servers/{id}. */
export async function deleteServer(compute: ServiceClient, id: string): Promise<void> {
  await compute.request(`/servers/${encodeURIComponent(id)}`, {
    method: "DELETE",
    expectJson: false,
  });
}

/** POST /servers/{id}/action forceDelete. */
export async function forceDeleteServer(compute: ServiceClient, id: string): Promise<void> {
  await compute.request(`/servers/${encodeURIComponent(id)}/action`, {
    method: "POST",
    json: { forceDelete: null },
    expectJson: false,
  });
}

/** POST /servers/{id}/action {<action>: <info>}; Nova's answer body, if any (rescue's adminPass). */
export async function serverAction(
  compute: ServiceClient,
  id: string,
  action: string,
  info: unknown = null,
): Promise<unknown> {
  const res = await compute.request(`/servers/${encodeURIComponent(id)}/action`, {
    method: "POST",
    json: { [action]: info },
    expectJson: false,
  });
  return res.body;
}

/**
 * openstacksdk's find_server: GET /servers/{id}, else GET /servers?name=x
 * (Nova's regex filter; exact id or name kept). "No Server found for x".
 */
export async function sdkFindServer(
  compute: ServiceClient,
  nameOrId: string,
): Promise<{ id: string; name?: string }> {
  return await sdkFind<{ id: string; name?: string }>({
    resource: "Server",
    get: (id) => getServer(compute, id),
    list: (name) =>
      listPages<{ id: string; name: string }>(compute, "/servers", { name }, {
        key: "servers",
        next: (b) => linksMarker(b.servers_links),
      }),
    id: (s) => s.id,
    name: (s) => s.name,
  }, nameOrId);
}
