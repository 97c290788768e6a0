import { deleteCommand } from "../../../kit/commands.ts";
import { endpointGroup } from "../../../resources/identity/endpoint_group.ts";

export default deleteCommand(endpointGroup, {
  summary: "Delete endpoint groups",
  positional: { name: "groups", metavar: "<endpoint-group>", help: "Groups (names or IDs)" },
  noun: "endpoint group",
  plural: "endpointgroups",
  wording: "plain",
  line: (item, why) => `Failed to delete endpoint group with ID '${item}': ${why}`,
});
