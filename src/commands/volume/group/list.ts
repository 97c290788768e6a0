import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";
import { allTenants, briefList, GROUPS, listDetail } from "../../../resources/volume/group.ts";

export default defineCommand({
  summary: "List volume groups",
  output: "list",
  flags: {
    allProjects: flag.boolean({ help: "Groups of every project (admin only; Env: ALL_PROJECTS)" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.13", "volume group list");
    return briefList(
      await listDetail(svc, GROUPS, { all_tenants: allTenants(ctx, f.allProjects) }),
    );
  },
});
