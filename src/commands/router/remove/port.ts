import { interfaceCommand } from "../_interface.ts";

export default interfaceCommand("remove", "port", {
  summary: "Remove a port from a router (the port is deleted)",
  router: "Router to remove the port from (name or ID)",
  item: "Port (name or ID)",
});
