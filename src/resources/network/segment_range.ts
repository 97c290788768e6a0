/** Neutron's network segment ranges (the network_segment_range plugin). */
import { defineResource } from "../../kit/resource.ts";

/** Segmentation IDs as python prints them: sorted, consecutive runs as "a-b" (_get_ranges). */
export function idRanges(ids: readonly unknown[]): string[] {
  const sorted = ids.map((i) => Number(i)).sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return out;
}

/** `used` ({segmentation id: project}) turned around: project → its IDs' ranges. */
export function usedByProject(used: Readonly<Record<string, unknown>>): Record<string, string[]> {
  const byProject = new Map<string, string[]>();
  for (const [id, project] of Object.entries(used)) {
    const key = String(project);
    byProject.set(key, [...(byProject.get(key) ?? []), id]);
  }
  return Object.fromEntries([...byProject].map(([p, ids]) => [p, idRanges(ids)]));
}

export const segmentRange = defineResource({
  service: "network",
  path: "/network_segment_ranges",
  key: "network_segment_range",
  plural: "network_segment_ranges",
  sdkName: "NetworkSegmentRange",
  noun: "network segment range",
  lookup: "sdk",
  paging: "links",
  attrs: {
    name: {},
    default: { type: "bool" },
    shared: { type: "bool" },
    project_id: {},
    network_type: {},
    physical_network: {},
    minimum: { type: "int" },
    maximum: { type: "int" },
    used: {
      type: "dict",
      compute: (i) => usedByProject((i.used ?? {}) as Record<string, unknown>),
    },
    available: { type: "list", compute: (i) => idRanges((i.available ?? []) as unknown[]) },
    id: {},
  },
});
