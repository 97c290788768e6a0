import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { swift, swiftPath, swiftRequest } from "../../api/object_store/swift.ts";
import { unsetHeaders } from "./_store.ts";

export default defineCommand({
  summary: "Remove object properties",
  flags: {
    property: flag.list({
      metavar: "<key>",
      required: true,
      help: "Property to remove (repeatable)",
    }),
  },
  positionals: [
    { name: "container", metavar: "<container>", help: "Container" },
    { name: "object", metavar: "<object>", help: "Object" },
  ],
  async run({ flags, positionals }, ctx) {
    const s = await swift(ctx);
    const headers = unsetHeaders(flags.property, "X-Remove-Object-Meta-");
    if (!Object.keys(headers).length) return;
    const path = swiftPath(positionals.container as string, positionals.object as string);
    await swiftRequest(s, path, { method: "POST", headers });
  },
});
