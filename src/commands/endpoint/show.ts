import { showCommand } from "../../kit/commands.ts";
import { findService } from "../../kit/identity.ts";
import { findItem } from "../../kit/resource.ts";
import { endpoint, withService } from "../../resources/identity/endpoint.ts";

export default showCommand(endpoint, {
  summary: "Show a catalog endpoint",
  positional: { name: "endpoint", metavar: "<endpoint>", help: "Endpoint (ID)" },
  wording: "plain",
  find: async ({ svc }, id) => {
    const ep = await findItem(svc, endpoint, id);
    return withService(ep, await findService(svc, ep.service_id as string));
  },
});
