import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { swift, swiftRequest } from "../../../../api/object_store/swift.ts";
import { unsetHeaders } from "../../_store.ts";

export default defineCommand({
  summary: "Remove properties of the object store account",
  flags: {
    property: flag.list({
      metavar: "<key>",
      required: true,
      help: "Property to remove (repeatable)",
    }),
  },
  async run({ flags }, ctx) {
    const s = await swift(ctx);
    const headers = unsetHeaders(flags.property, "X-Remove-Account-Meta-");
    if (!Object.keys(headers).length) return;
    await swiftRequest(s, "", { method: "POST", headers });
  },
});
