import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { consumer } from "../../resources/identity/oauth1.ts";

export default createCommand(consumer, {
  summary: "Create an OAuth consumer",
  positionals: [],
  flags: { description: flag.string({ metavar: "<description>", help: "Description" }) },
  wording: "plain",
  body: ({ flags: f }) => ({ description: f.description }),
});
