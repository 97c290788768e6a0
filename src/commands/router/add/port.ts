import { interfaceCommand } from "../_interface.ts";

export default interfaceCommand("add", "port", {
  summary: "Add a port to a router",
  router: "Router to add the port to (name or ID)",
  item: "Port (name or ID)",
});
