import { showCommand } from "../../kit/commands.ts";
import { getItem } from "../../kit/resource.ts";
import { mapping } from "../../resources/identity/federation.ts";

export default showCommand(mapping, {
  summary: "Show a mapping",
  positional: { name: "mapping", metavar: "<mapping>", help: "Mapping (ID)" },
  wording: "plain",
  // one GET by the ID as typed
  find: ({ svc }, id) => getItem(svc, mapping, id),
});
