import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { requireCommand } from "../../../../resources/volume/attachment.ts";
import {
  allTenants,
  briefList,
  GROUP_SNAPSHOTS,
  listDetail,
} from "../../../../resources/volume/group.ts";

export default defineCommand({
  summary: "List volume group snapshots",
  output: "list",
  flags: {
    allProjects: flag.boolean({
      help: "Snapshots of every project (admin only; Env: ALL_PROJECTS)",
    }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.14", "volume group snapshot list");
    return briefList(
      await listDetail(svc, GROUP_SNAPSHOTS, { all_tenants: allTenants(ctx, f.allProjects) }),
    );
  },
});
