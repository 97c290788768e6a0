import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { swift, swiftPath, swiftRequest } from "../../api/object_store/swift.ts";
import { unsetHeaders } from "../object/_store.ts";

export default defineCommand({
  summary: "Remove container properties",
  flags: {
    property: flag.list({
      metavar: "<key>",
      required: true,
      help: "Property to remove (repeatable)",
    }),
  },
  positionals: [{ name: "container", metavar: "<container>", help: "Container" }],
  async run({ flags, positionals }, ctx) {
    const s = await swift(ctx);
    const headers = unsetHeaders(flags.property, "X-Remove-Container-Meta-");
    if (!Object.keys(headers).length) return;
    await swiftRequest(s, swiftPath(positionals.container as string), { method: "POST", headers });
  },
});
