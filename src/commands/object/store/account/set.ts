import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { swift, swiftRequest } from "../../../../api/object_store/swift.ts";
import { propertyMap, setHeaders } from "../../_store.ts";

export default defineCommand({
  summary: "Set properties of the object store account",
  flags: {
    property: flag.list({
      metavar: "<key=value>",
      required: true,
      help: "Property to set (repeatable)",
    }),
  },
  async run({ flags }, ctx) {
    const props = propertyMap(flags.property);
    const s = await swift(ctx);
    const headers = await setHeaders(ctx, props, "X-Account-Meta-");
    if (!Object.keys(headers).length) return;
    await swiftRequest(s, "", { method: "POST", headers });
  },
});
