import { showCommand } from "../../kit/commands.ts";
import { port } from "../../resources/network/port.ts";

export default showCommand(port, {
  summary: "Show port details",
  positional: { name: "port", metavar: "<port>", help: "Port (name or ID)" },
});
