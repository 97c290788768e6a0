/** Volume rows and fields as the python client (cinderclient resources) shows them. */
import type { Volume, VolumeAttachment } from "../../api/volume/volumes.ts";
import { dictColumn } from "../../columns/format.ts";
import { type Cell, formatted, type ShowResult } from "../../output/types.ts";
import { pyStr } from "../../output/pyrepr.ts";

/** AttachmentsColumn: "Attached to <server name or id> on <device> " per attachment. */
export function attachmentsColumn(
  attachments: readonly VolumeAttachment[] | undefined,
  serverNames: ReadonlyMap<string, string>,
): Cell {
  let text = "";
  for (const a of attachments ?? []) {
    const server = serverNames.get(a.server_id) ?? a.server_id;
    text += `Attached to ${pyStr(server)} on ${pyStr(a.device)} `;
  }
  return formatted(text, attachments ?? "");
}

const LIST: [string, string][] = [
  ["ID", "id"],
  ["Name", "name"],
  ["Status", "status"],
  ["Size", "size"],
  ["Attached to", "attachments"],
];
const LONG: [string, string][] = [
  ["ID", "id"],
  ["Name", "name"],
  ["Status", "status"],
  ["Size", "size"],
  ["Type", "volume_type"],
  ["Bootable", "bootable"],
  ["Attached to", "attachments"],
  ["Properties", "metadata"],
];

export function volumeColumns(long: boolean): string[] {
  return (long ? LONG : LIST).map(([h]) => h);
}

/** get_item_properties: a missing attribute is "". */
export function volumeRow(
  v: Volume,
  long: boolean,
  serverNames: ReadonlyMap<string, string>,
): Cell[] {
  return (long ? LONG : LIST).map(([, key]) => {
    if (key === "attachments") return attachmentsColumn(v.attachments, serverNames);
    const value = key in v ? v[key] : "";
    if (key === "metadata") return dictColumn(value as Record<string, unknown>);
    return value as Cell;
  });
}

/** volume show: the body as is, metadata as `properties`, volume_type as `type`, sorted. */
export function volumeShow(v: Volume): ShowResult {
  const info = new Map<string, Cell>();
  for (const [k, value] of Object.entries(v)) {
    if (k === "links" || k === "metadata" || k === "volume_type") continue;
    info.set(k, value as Cell);
  }
  info.set("properties", dictColumn(v.metadata as Record<string, unknown> | undefined));
  info.set("type", v.volume_type as Cell);
  const fields = [...info.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { kind: "show", fields, values: fields.map((f) => info.get(f)!) };
}
