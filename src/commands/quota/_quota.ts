/**
 * What quota show, list and set share (common.quota): the option ↔ API key tables and the reads
 * of each service's quota set (novaclient, cinderclient, openstacksdk's Quota).
 */
import type { Context } from "../../context.ts";
import { objectIn } from "../../http/errors.ts";
import type { ServiceClient } from "../../http/service.ts";
import { identityFind } from "../../kit/identity.ts";
import { getItem, type Item } from "../../kit/resource.ts";
import { project } from "../../resources/identity/project.ts";
import { worded } from "../../kit/wording.ts";

/** API key → the name shown and the option (COMPUTE_QUOTAS). */
export const COMPUTE_QUOTAS: Readonly<Record<string, string>> = {
  cores: "cores",
  fixed_ips: "fixed-ips",
  injected_file_content_bytes: "injected-file-size",
  injected_file_path_bytes: "injected-path-size",
  injected_files: "injected-files",
  instances: "instances",
  key_pairs: "key-pairs",
  metadata_items: "properties",
  ram: "ram",
  server_groups: "server-groups",
  server_group_members: "server-group-members",
};

export const VOLUME_QUOTAS: Readonly<Record<string, string>> = {
  backups: "backups",
  backup_gigabytes: "backup-gigabytes",
  gigabytes: "gigabytes",
  per_volume_gigabytes: "per-volume-gigabytes",
  snapshots: "snapshots",
  volumes: "volumes",
};

/** Quotas that take a volume type suffix (IMPACT_VOLUME_TYPE_QUOTAS). */
export const VOLUME_TYPE_QUOTAS = ["gigabytes", "snapshots", "volumes"];

export const NOVA_NETWORK_QUOTAS: Readonly<Record<string, string>> = {
  floating_ips: "floating-ips",
  security_group_rules: "secgroup-rules",
  security_groups: "secgroups",
};

/** Neutron's body key → the option (NETWORK_QUOTAS). */
export const NETWORK_QUOTAS: Readonly<Record<string, string>> = {
  floatingip: "floating-ips",
  security_group_rule: "secgroup-rules",
  security_group: "secgroups",
  network: "networks",
  subnet: "subnets",
  port: "ports",
  router: "routers",
  rbac_policy: "rbac-policies",
  subnetpool: "subnetpools",
};

/** openstacksdk's Quota attributes: name → Neutron's key, in the class's order. */
export const SDK_QUOTA: readonly (readonly [string, string])[] = [
  ["floating_ips", "floatingip"],
  ["health_monitors", "healthmonitor"],
  ["listeners", "listener"],
  ["load_balancers", "loadbalancer"],
  ["l7_policies", "l7policy"],
  ["networks", "network"],
  ["pools", "pool"],
  ["ports", "port"],
  ["rbac_policies", "rbac_policy"],
  ["routers", "router"],
  ["subnets", "subnet"],
  ["subnet_pools", "subnetpool"],
  ["security_group_rules", "security_group_rule"],
  ["security_groups", "security_group"],
];

export type QuotaSet = Record<string, unknown>;

/** utils.find_resource(identity.projects, x). */
export async function findProject(ctx: Context, nameOrId: string): Promise<Item> {
  return await identityFind(await ctx.service("identity"), project, nameOrId, {
    forbiddenAsId: false,
  });
}

/** BaseQuota._get_project: the project named, else the token's own (its name from Keystone). */
export async function projectInfo(
  ctx: Context,
  named: string | undefined,
): Promise<{ id: string | null; name: string | null }> {
  if (named !== undefined) {
    const p = await findProject(ctx, named);
    return { id: p.id, name: (p.name as string | undefined) ?? null };
  }
  const auth = await ctx.auth();
  if (!auth.projectId) return { id: null, name: null };
  let name: string | null = null;
  try {
    name = (await getItem(await ctx.service("identity"), project, auth.projectId)).name as string;
  } catch {
    // the token's project may not be readable; its name is then unknown
  }
  return { id: auth.projectId, name };
}

export async function quotaSet(svc: ServiceClient, path: string, query?: Record<string, string>) {
  return objectIn<QuotaSet>(await svc.get(path, query), "quota_set", svc.type);
}

/** openstacksdk's Quota.to_dict() without its None values: attribute names, not Neutron's keys. */
export function sdkQuota(body: unknown, key = "quota"): QuotaSet {
  const q = objectIn<QuotaSet>(body, key, "network");
  const out: QuotaSet = {};
  for (const [attr, apiKey] of SDK_QUOTA) {
    if (q[apiKey] !== undefined && q[apiKey] !== null) out[attr] = q[apiKey];
  }
  return out;
}

/** GET /quotas/<id>[/default|/details] on Neutron. */
export async function networkQuota(
  net: ServiceClient,
  projectId: string,
  kind: "" | "default" | "details" = "",
): Promise<QuotaSet> {
  const path = `/quotas/${encodeURIComponent(projectId)}${kind ? `/${kind}` : ""}`;
  return sdkQuota(await worded("sdk", net.get(path)));
}
