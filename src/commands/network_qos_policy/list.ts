import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { projectFlags } from "../../kit/flags.ts";
import { qosPolicy } from "../../resources/network/qos_policy.ts";
import { policyAttrs } from "./_attrs.ts";

export default listCommand(qosPolicy, {
  summary: "List QoS policies",
  flags: {
    ...projectFlags("Only policies of this project (name or ID)"),
    share: flag.boolean({ group: "share", help: "Only shared policies" }),
    noShare: flag.boolean({ group: "share", help: "Only policies not shared" }),
  },
  columns: [
    ["ID", "id"],
    ["Name", "name"],
    ["Shared", "is_shared"],
    ["Default", "is_default"],
    ["Project", "project_id"],
  ],
  async query(f, ctx) {
    const attrs = await policyAttrs(ctx, f);
    return {
      shared: attrs.shared === undefined ? undefined : attrs.shared ? "True" : "False",
      project_id: attrs.project_id as string | undefined,
    };
  },
});
