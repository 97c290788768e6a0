import { showCommand } from "../../kit/commands.ts";
import { getItem } from "../../kit/resource.ts";
import { limit } from "../../resources/identity/limit.ts";

export default showCommand(limit, {
  summary: "Show a project limit",
  positional: { name: "id", metavar: "<limit-id>", help: "Limit (ID)" },
  wording: "plain",
  find: ({ svc }, id) => getItem(svc, limit, id),
});
