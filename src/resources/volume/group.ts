/**
 * Cinder generic volume groups and their snapshots (microversions 3.13 and 3.14 on), as
 * cinderclient's GroupManager and GroupSnapshotManager reach them.
 */
import type { Context } from "../../context.ts";
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";
import type { Query } from "../../http/client.ts";
import { oscFind } from "../../api/find.ts";
import { linksMarker, listPages } from "../../api/paging.ts";
import type { Cell, ListResult, ShowResult } from "../../output/types.ts";

export type Group = Record<string, unknown> & { id: string; name?: string | null };

/** One of cinderclient's two collections: its path, JSON keys and osc_lib's noun. */
interface Collection {
  path: string;
  key: string;
  plural: string;
  noun: string;
}

export const GROUPS: Collection = {
  path: "/groups",
  key: "group",
  plural: "groups",
  noun: "group",
};

export const GROUP_SNAPSHOTS: Collection = {
  path: "/group_snapshots",
  key: "group_snapshot",
  plural: "group_snapshots",
  noun: "groupsnapshot",
};

export function itemPath(c: Collection, id: string, rest = ""): string {
  return `${c.path}/${encodeURIComponent(id)}${rest}`;
}

/** GET <path>/detail with every page (cinderclient's _list follows the next links). */
export async function listDetail(
  svc: ServiceClient,
  c: Collection,
  query: Query,
): Promise<Group[]> {
  return await listPages<Group>(svc, `${c.path}/detail`, query, {
    key: c.plural,
    next: (b) => linksMarker(b[`${c.plural}_links`]),
  });
}

export async function getOne(svc: ServiceClient, c: Collection, id: string, query?: Query) {
  return objectIn<Group>(await svc.get(itemPath(c, id), query), c.key, svc.type);
}

/** find_resource: GET by id, then <path>/detail?all_tenants=1&name=x, exact names kept. */
export async function findIn(svc: ServiceClient, c: Collection, nameOrId: string): Promise<Group> {
  return await oscFind<Group>({
    noun: c.noun,
    get: (id) => getOne(svc, c, id),
    find: async (name) =>
      listOfObjects<Group>(
        await svc.get(`${c.path}/detail`, { all_tenants: 1, name }),
        c.plural,
        svc.type,
      ),
    list: () => listDetail(svc, c, {}),
  }, nameOrId);
}

/**
 * The all_tenants python sends: its --all-projects flag, else the ALL_PROJECTS variable as it
 * is (osc_lib's utils.env), else False; cinderclient writes booleans as True/False.
 */
export function allTenants(ctx: Context, allProjects: boolean): string {
  return allProjects ? "True" : ctx.env.ALL_PROJECTS || "False";
}

/** POST /groups/{id}/action {<action>: info}: Cinder answers 202 without a body. */
export async function groupAction(
  svc: ServiceClient,
  id: string,
  body: Record<string, unknown>,
): Promise<void> {
  await svc.request(itemPath(GROUPS, id, "/action"), {
    method: "POST",
    json: body,
    expectJson: false,
  });
}

function fixedShow(fields: readonly [string, string][], item: Record<string, unknown>): ShowResult {
  return {
    kind: "show",
    fields: fields.map(([h]) => h),
    // get_item_properties: a missing attribute is "", a list is printed as python has it
    values: fields.map(([, k]) => (k in item ? item[k] : "") as Cell),
  };
}

const GROUP_FIELDS: [string, string][] = [
  ["ID", "id"],
  ["Status", "status"],
  ["Name", "name"],
  ["Description", "description"],
  ["Group Type", "group_type"],
  ["Volume Types", "volume_types"],
  ["Availability Zone", "availability_zone"],
  ["Created At", "created_at"],
  ["Volumes", "volumes"],
  ["Group Snapshot ID", "group_snapshot_id"],
  ["Source Group ID", "source_group_id"],
];

/** _format_group. */
export function groupShow(g: Record<string, unknown>): ShowResult {
  return fixedShow(GROUP_FIELDS, g);
}

const SNAPSHOT_FIELDS: [string, string][] = [
  ["ID", "id"],
  ["Status", "status"],
  ["Name", "name"],
  ["Description", "description"],
  ["Group", "group_id"],
  ["Group Type", "group_type_id"],
];

/** _format_group_snapshot. */
export function groupSnapshotShow(s: Record<string, unknown>): ShowResult {
  return fixedShow(SNAPSHOT_FIELDS, s);
}

/**
 * What python shows of a snapshot create's answer: cinderclient's Resource loads itself
 * (one GET, whose keys overwrite the answer's) the first time a field it lacks is read.
 */
export async function snapshotAsShown(
  svc: ServiceClient,
  answer: Group,
): Promise<Record<string, unknown>> {
  if (SNAPSHOT_FIELDS.every(([, k]) => k in answer)) return answer;
  return { ...answer, ...await getOne(svc, GROUP_SNAPSHOTS, answer.id) };
}

/** Both lists: ID, Status, Name. */
export function briefList(items: readonly Record<string, unknown>[]): ListResult {
  const keys = ["id", "status", "name"];
  return {
    kind: "list",
    columns: ["ID", "Status", "Name"],
    rows: items.map((i) => keys.map((k) => (k in i ? i[k] : "") as Cell)),
  };
}
