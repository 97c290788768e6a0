import { showCommand } from "../../kit/commands.ts";
import { findItem } from "../../kit/resource.ts";
import { serviceProvider } from "../../resources/identity/federation.ts";

export default showCommand(serviceProvider, {
  summary: "Show a service provider",
  positional: { name: "provider", metavar: "<service-provider>", help: "Service provider (ID)" },
  wording: "plain",
  // find_resource(…, id=x): the name search carries id=x too
  find: ({ svc }, x) => findItem(svc, serviceProvider, x, { id: x }),
});
