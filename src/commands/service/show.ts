import { showCommand } from "../../kit/commands.ts";
import { findService } from "../../kit/identity.ts";
import { service } from "../../resources/identity/service.ts";

export default showCommand(service, {
  summary: "Show a catalog service",
  positional: { name: "service", metavar: "<service>", help: "Service (type, name or ID)" },
  wording: "plain",
  find: ({ svc }, x) => findService(svc, x),
});
