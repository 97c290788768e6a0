import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";
import { findIn, groupAction, GROUPS } from "../../../resources/volume/group.ts";

export default defineCommand({
  summary: "Fail a volume group's replication over",
  flags: {
    allowAttachedVolume: flag.triState({ help: "Also when its volumes are attached" }),
    disallowAttachedVolume: flag.triState({
      dest: "allowAttachedVolume",
      value: false,
      help: "Not when its volumes are attached (the default)",
    }),
    secondaryBackendId: flag.string({ metavar: "<backend_id>", help: "Secondary backend ID" }),
  },
  positionals: [{ name: "group", metavar: "<group>", help: "Group (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.38", "volume group failover");
    const group = await findIn(svc, GROUPS, positionals.group as string);
    await groupAction(svc, group.id, {
      failover_replication: {
        allow_attached_volume: f.allowAttachedVolume ?? false,
        secondary_backend_id: f.secondaryBackendId ?? null,
      },
    });
  },
});
