/**
 * server show's fields: python's _prep_server_detail over the server body,
 * whatever microversion produced it (each microversion adds keys; the
 * shaping follows the keys, so 2.1 and 2.9x both come out as python's).
 */
import type { Context } from "../../context.ts";
import type { ServiceClient } from "../../http/service.ts";
import type { Server } from "../../api/compute/servers.ts";
import { getFlavor } from "../../api/compute/flavors.ts";
import { getImage } from "../../api/image/images.ts";
import { dictColumn, dictListColumn, listColumn, listDictColumn } from "../../columns/format.ts";
import { type Cell, formatted, type ShowResult } from "../../output/types.ts";
import { IMAGE_STRING_FOR_BFV } from "./_list_rows.ts";

const POWER_STATES = ["NOSTATE", "Running", "", "Paused", "Shutdown", "", "Crashed", "Suspended"];

export interface DetailNames {
  /** The image's name; undefined when the lookup failed (python then shows the id alone). */
  imageName?: string | null;
  /** The flavor's name, looked up by id (before 2.47); undefined when that failed. */
  flavorName?: string;
}

/** The image id a server was booted from ("" or missing: booted from volume). */
export function serverImageId(s: Server): string | undefined {
  return typeof s.image === "object" && s.image ? s.image.id : undefined;
}

/**
 * The image and flavor names _prep_server_detail shows, looked up together;
 * a failed lookup leaves the name out (python then shows the id alone).
 */
export async function detailNames(
  ctx: Context,
  compute: ServiceClient,
  s: Server,
): Promise<DetailNames> {
  const names: DetailNames = {};
  const imageId = serverImageId(s);
  const flavorId = s.flavor && "id" in s.flavor ? s.flavor.id : undefined;
  await Promise.all([
    imageId
      ? ctx.service("image").then((i) => getImage(i, imageId))
        .then((i) => void (names.imageName = i.name)).catch(() => {})
      : undefined,
    flavorId !== undefined
      ? getFlavor(compute, String(flavorId)).then((f) => void (names.flavorName = f.name))
        .catch(() => {})
      : undefined,
  ]);
  return names;
}

/** novaclient's Server.networks: label → addresses, in the body's order. */
function networks(s: Server): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [label, list] of Object.entries(s.addresses ?? {})) {
    out[label] = (list ?? []).map((a) => a.addr);
  }
  return out;
}

export function serverDetail(s: Server, names: DetailNames): ShowResult {
  const info = new Map<string, Cell>(Object.entries(s) as [string, Cell][]);

  const image = s.image;
  if (image && typeof image === "object" && Object.keys(image).length) {
    const id = image.id ?? "";
    info.set("image", names.imageName !== undefined ? `${names.imageName} (${id})` : id);
  } else {
    info.set("image", IMAGE_STRING_FOR_BFV);
  }

  const flavor = (s.flavor ?? {}) as Record<string, unknown>;
  if ("id" in flavor) {
    const id = String(flavor.id ?? "");
    info.set("flavor", names.flavorName !== undefined ? `${names.flavorName} (${id})` : id);
  } else {
    info.set("flavor", dictColumn(flavor)); // 2.47+: the embedded flavor
  }

  if (info.has("os-extended-volumes:volumes_attached")) {
    info.set(
      "volumes_attached",
      listDictColumn(s["os-extended-volumes:volumes_attached"] as Record<string, unknown>[]),
    );
    info.delete("os-extended-volumes:volumes_attached");
  }
  if (info.has("security_groups")) {
    info.set("security_groups", listDictColumn(s.security_groups as Record<string, unknown>[]));
  }
  if (info.has("tags")) info.set("tags", listColumn(s.tags as unknown[]));

  info.set("addresses", dictListColumn(networks(s)));
  info.set("properties", dictColumn(s.metadata as Record<string, unknown>));
  info.delete("metadata");
  if (info.has("tenant_id")) {
    info.set("project_id", s.tenant_id as Cell);
    info.delete("tenant_id");
  }
  if (info.has("OS-EXT-STS:power_state")) {
    const v = s["OS-EXT-STS:power_state"];
    const human = typeof v === "number" && POWER_STATES[v] !== undefined ? POWER_STATES[v] : "N/A";
    info.set("OS-EXT-STS:power_state", formatted(human, v));
  }
  info.delete("links");
  return sortedShow(info);
}

/** zip(*sorted(data.items())) */
export function sortedShow(info: ReadonlyMap<string, Cell>): ShowResult {
  const fields = [...info.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { kind: "show", fields, values: fields.map((f) => info.get(f)!) };
}
