import { showCommand } from "../../kit/commands.ts";
import { consumer } from "../../resources/identity/oauth1.ts";

export default showCommand(consumer, {
  summary: "Show an OAuth consumer",
  positional: { name: "consumer", metavar: "<consumer>", help: "Consumer (ID)" },
  wording: "plain",
});
