import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { consumer } from "../../resources/identity/oauth1.ts";

export default updateCommand(consumer, {
  summary: "Change an OAuth consumer",
  positional: { name: "consumer", metavar: "<consumer>", help: "Consumer (ID)" },
  flags: { description: flag.string({ metavar: "<description>", help: "New description" }) },
  wording: "plain",
  body: ({ flags: f }) => (f.description ? { description: f.description } : {}),
});
