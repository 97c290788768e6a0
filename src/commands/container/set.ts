import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { swift, swiftPath, swiftRequest } from "../../api/object_store/swift.ts";
import { propertyMap, setHeaders } from "../object/_store.ts";

export default defineCommand({
  summary: "Set container properties",
  flags: {
    property: flag.list({
      metavar: "<key=value>",
      required: true,
      help: "Property to set (repeatable)",
    }),
  },
  positionals: [{ name: "container", metavar: "<container>", help: "Container" }],
  async run({ flags, positionals }, ctx) {
    const props = propertyMap(flags.property);
    const s = await swift(ctx);
    const headers = await setHeaders(ctx, props, "X-Container-Meta-");
    if (!Object.keys(headers).length) return;
    await swiftRequest(s, swiftPath(positionals.container as string), { method: "POST", headers });
  },
});
