import { routesCommand } from "../_routes.ts";

export default routesCommand("add", {
  summary: "Add static routes to a router",
  router: "Router (name or ID)",
  route: "Route to add (repeatable; one already there is no error)",
});
