/** Cinder clusters (microversion 3.7 and later), as cinderclient's ClusterManager reaches them. */
import type { Cell, ShowResult } from "../../output/types.ts";

const BRIEF: [string, string][] = [
  ["Name", "name"],
  ["Binary", "binary"],
  ["State", "state"],
  ["Status", "status"],
];
const DETAIL: [string, string][] = [
  ["Disabled Reason", "disabled_reason"],
  ["Hosts", "num_hosts"],
  ["Down Hosts", "num_down_hosts"],
  ["Last Heartbeat", "last_heartbeat"],
  ["Created At", "created_at"],
  ["Updated At", "updated_at"],
  // only when replication is enabled
  ["Replication Status", "replication_status"],
  ["Frozen", "frozen"],
  ["Active Backend ID", "active_backend_id"],
];

/** _format_cluster(detailed=True): fixed fields, a missing one is "". */
export function clusterShow(c: Record<string, unknown>): ShowResult {
  const fields = [...BRIEF, ...DETAIL];
  return {
    kind: "show",
    fields: fields.map(([h]) => h),
    values: fields.map(([, k]) => (k in c ? c[k] : "") as Cell),
  };
}
