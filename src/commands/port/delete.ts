import { deleteCommand } from "../../kit/commands.ts";
import { port } from "../../resources/network/port.ts";

export default deleteCommand(port, {
  summary: "Delete ports",
  positional: { name: "port", metavar: "<port>", help: "Ports (names or IDs)" },
  noun: "port",
});
