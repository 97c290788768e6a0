import { interfaceCommand } from "../_interface.ts";

export default interfaceCommand("remove", "subnet", {
  summary: "Remove a subnet from a router",
  router: "Router to remove the subnet from (name or ID)",
  item: "Subnet (name or ID)",
});
