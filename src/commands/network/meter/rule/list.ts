import { defineCommand } from "../../../../cli/command.ts";
import { listResult } from "../../../../kit/attrs.ts";
import { listAll } from "../../../../kit/resource.ts";
import { worded } from "../../../../kit/wording.ts";
import { meteringLabelRule } from "../../../../resources/network/metering_label_rule.ts";
import { warnRemoteIpPrefix } from "./_warn.ts";

export default defineCommand({
  summary: "List network meter rules",
  output: "list",
  flags: {},
  async run(_args, ctx) {
    const svc = await ctx.service("network");
    const items = await worded("sdk", listAll(svc, meteringLabelRule));
    await warnRemoteIpPrefix(ctx, items);
    return listResult(meteringLabelRule.attrs, items, [
      ["ID", "id"],
      // python asks the SDK object for "excluded", an attribute it lacks: always empty
      ["Excluded", "is_excluded", () => ""],
      ["Direction", "direction"],
      ["Remote IP Prefix", "remote_ip_prefix"],
      ["Source IP Prefix", "source_ip_prefix"],
      ["Destination IP Prefix", "destination_ip_prefix"],
    ]);
  },
});
