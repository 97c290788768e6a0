import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { rbacPolicy } from "../../resources/network/rbac_policy.ts";
import { ACTIONS, OBJECT_TYPES } from "./_object.ts";

export default listCommand(rbacPolicy, {
  summary: "List network RBAC policies",
  flags: {
    type: flag.string({
      metavar: "<type>",
      choices: OBJECT_TYPES,
      help: `Only policies on this type of object (${OBJECT_TYPES.join(", ")})`,
    }),
    action: flag.string({
      metavar: "<action>",
      choices: ACTIONS,
      help: `Only policies granting this (${ACTIONS.join(" or ")})`,
    }),
    long: flag.boolean({ help: "More columns" }),
  },
  columns: [["ID", "id"], ["Object Type", "object_type"], ["Object ID", "object_id"]],
  long: [
    ["ID", "id"],
    ["Object Type", "object_type"],
    ["Object ID", "object_id"],
    ["Action", "action"],
  ],
  query: (f) => ({ object_type: f.type, action: f.action }),
});
