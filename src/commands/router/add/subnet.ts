import { interfaceCommand } from "../_interface.ts";

export default interfaceCommand("add", "subnet", {
  summary: "Add a subnet to a router",
  router: "Router to add the subnet to (name or ID)",
  item: "Subnet (name or ID)",
});
