import { listCommand } from "../../kit/commands.ts";
import { serviceProvider } from "../../resources/network/service_provider.ts";

export default listCommand(serviceProvider, {
  summary: "List Neutron's service providers",
  flags: {},
  columns: [["Service Type", "service_type"], ["Name", "name"], ["Default", "is_default"]],
});
