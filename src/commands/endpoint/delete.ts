import { deleteCommand } from "../../kit/commands.ts";
import { endpoint } from "../../resources/identity/endpoint.ts";

export default deleteCommand(endpoint, {
  summary: "Delete catalog endpoints",
  positional: { name: "endpoint", metavar: "<endpoint-id>", help: "Endpoints (IDs)" },
  noun: "endpoint",
  wording: "plain",
  line: (item, why) => `Failed to delete endpoint with ID '${item}': ${why}`,
});
