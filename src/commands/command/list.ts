/**
 * This client's commands by group (common.module ListCommand): python groups them by the entry
 * point group that registers them (openstack.compute.v2, …); ours carry the group of the python
 * command of the same name. Groups and names sorted; a table cell lists one name a line.
 */
import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { formatted } from "../../output/types.ts";
import { registry } from "../../registry.gen.ts";
import { pythonCommandGroups } from "../../cli/python_groups.gen.ts";

/** Command ids by group: [group, sorted ids][] in group order, empty groups left out. */
export function commandGroups(
  ids: readonly string[],
  groupOf: Readonly<Record<string, string>>,
  filter?: string,
): [string, string[]][] {
  const byGroup = new Map<string, string[]>();
  for (const id of ids) {
    const g = groupOf[id] ?? "openstack.cli";
    if (filter !== undefined && filter !== "" && !g.includes(filter)) continue;
    byGroup.set(g, [...(byGroup.get(g) ?? []), id]);
  }
  return [...byGroup.keys()].sort().map((g) => [g, byGroup.get(g)!.sort()]);
}

export default defineCommand({
  summary: "List this client's commands by group",
  output: "list",
  flags: {
    group: flag.string({
      metavar: "<group-keyword>",
      help: "Only groups whose name holds this word (compute, identity, network, …)",
    }),
  },
  run({ flags: f }) {
    const groups = commandGroups(registry.map((e) => e.id), pythonCommandGroups, f.group);
    return Promise.resolve({
      kind: "list",
      columns: ["Command Group", "Commands"],
      rowsAreList: true,
      rows: groups.map(([g, ids]) => [g, formatted(ids.join("\n"), ids)]),
    });
  },
});
