import { showCommand } from "../../kit/commands.ts";
import { getItem } from "../../kit/resource.ts";
import { registeredLimit } from "../../resources/identity/limit.ts";

export default showCommand(registeredLimit, {
  summary: "Show a registered limit",
  positional: { name: "id", metavar: "<registered-limit-id>", help: "Registered limit (ID)" },
  wording: "plain",
  find: ({ svc }, id) => getItem(svc, registeredLimit, id),
});
