import { showCommand } from "../../../kit/commands.ts";
import { endpointGroup } from "../../../resources/identity/endpoint_group.ts";

export default showCommand(endpointGroup, {
  summary: "Show an endpoint group",
  positional: { name: "group", metavar: "<endpointgroup>", help: "Group (name or ID)" },
  wording: "plain",
});
