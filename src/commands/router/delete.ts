import { deleteCommand } from "../../kit/commands.ts";
import { router } from "../../resources/network/router.ts";

export default deleteCommand(router, {
  summary: "Delete routers",
  positional: { name: "router", metavar: "<router>", help: "Routers (names or IDs)" },
  noun: "router",
});
