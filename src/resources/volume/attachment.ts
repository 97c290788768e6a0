/** Cinder volume attachments (microversion 3.27 and later), as cinderclient reaches them. */
import type { ServiceClient } from "../../http/service.ts";
import { objectIn } from "../../http/errors.ts";
import { dictColumn } from "../../columns/format.ts";
import type { Cell, ShowResult } from "../../output/types.ts";
import { requireVersion } from "../../kit/versions.ts";

/** python's message when the volume client speaks an older microversion. */
export function requireCommand(svc: ServiceClient, min: string, command: string): void {
  requireVersion(svc, min, `the '${command}' command`);
}

const FIELDS: [string, string][] = [
  ["ID", "id"],
  ["Volume ID", "volume_id"],
  ["Instance ID", "instance"],
  ["Status", "status"],
  ["Attach Mode", "attach_mode"],
  ["Attached At", "attached_at"],
  ["Detached At", "detached_at"],
  ["Properties", "connection_info"],
];

/** _format_attachment: fixed fields (a missing one is ""), connection_info as a dict. */
export function attachmentShow(a: Record<string, unknown>): ShowResult {
  return {
    kind: "show",
    fields: FIELDS.map(([h]) => h),
    values: FIELDS.map(([, k]) => {
      const v = k in a ? a[k] : "";
      return (k === "connection_info" ? dictColumn(v as Record<string, unknown>) : v) as Cell;
    }),
  };
}

export interface ConnectorFlags {
  initiator?: string;
  ip?: string;
  platform?: string;
  host?: string;
  osType?: string;
  multipath: boolean;
  mountpoint?: string;
}

/** The connector dict python builds, every key present (None where not given). */
export function connector(f: ConnectorFlags): Record<string, unknown> {
  return {
    initiator: f.initiator ?? null,
    ip: f.ip ?? null,
    platform: f.platform ?? null,
    host: f.host ?? null,
    os_type: f.osType ?? null,
    multipath: f.multipath,
    mountpoint: f.mountpoint ?? null,
  };
}

export function attachmentPath(id: string, rest = ""): string {
  return `/attachments/${encodeURIComponent(id)}${rest}`;
}

export async function getAttachment(
  svc: ServiceClient,
  id: string,
): Promise<Record<string, unknown>> {
  return objectIn(await svc.get(attachmentPath(id)), "attachment", svc.type);
}
