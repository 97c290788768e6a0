import { deleteCommand } from "../../kit/commands.ts";
import { consumer } from "../../resources/identity/oauth1.ts";

export default deleteCommand(consumer, {
  summary: "Delete OAuth consumers",
  positional: { name: "consumers", metavar: "<consumer>", help: "Consumers (IDs)" },
  noun: "consumer",
  wording: "plain",
});
