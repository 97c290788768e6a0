import { updateCommand } from "../../kit/commands.ts";
import { tagUnsetFlags } from "../../kit/flags.ts";
import { unsetTags } from "../../kit/shared.ts";
import { securityGroup } from "../../resources/network/security_group.ts";

export default updateCommand(securityGroup, {
  summary: "Remove tags from a security group",
  positional: { name: "group", metavar: "<group>", help: "Security group (name or ID)" },
  flags: tagUnsetFlags("group"),
  body: () => undefined,
  after: ({ flags: f, svc }, item) => unsetTags(svc, securityGroup, item, f),
});
