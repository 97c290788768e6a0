import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { requireVersion } from "../../../kit/versions.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";
import { findIn, getOne, groupAction, GROUPS, groupShow } from "../../../resources/volume/group.ts";

export default defineCommand({
  summary: "Show a volume group",
  output: "show",
  flags: {
    volumes: flag.triState({ help: "List the group's volumes (3.25 or later)" }),
    noVolumes: flag.triState({
      dest: "volumes",
      value: false,
      help: "Leave the group's volumes out (3.25 or later)",
    }),
    replicationTargets: flag.triState({
      help: "Ask for the group's replication targets (3.38 or later; not shown)",
    }),
    noReplicationTargets: flag.triState({
      dest: "replicationTargets",
      value: false,
      help: "Do not ask for replication targets (3.38 or later)",
    }),
  },
  positionals: [{ name: "group", metavar: "<group>", help: "Group (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.13", "volume group show");
    if (f.volumes !== undefined) {
      requireVersion(svc, "3.25", "the '--(no-)volumes' option");
    }
    if (f.replicationTargets !== undefined) {
      requireVersion(svc, "3.38", "the '--(no-)replication-targets' option");
    }
    const found = await findIn(svc, GROUPS, positionals.group as string);
    // python asks cinderclient for a show() it lacks and fails here; the GET it means to send
    const group = await getOne(
      svc,
      GROUPS,
      found.id,
      f.volumes === undefined ? undefined : { list_volume: f.volumes ? "True" : "False" },
    );
    if (f.replicationTargets) {
      await groupAction(svc, found.id, { list_replication_targets: {} });
    }
    return groupShow(group);
  },
});
