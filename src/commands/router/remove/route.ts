import { routesCommand } from "../_routes.ts";

export default routesCommand("remove", {
  summary: "Remove static routes from a router",
  router: "Router (name or ID)",
  route: "Route to remove (repeatable; one not there is no error)",
});
