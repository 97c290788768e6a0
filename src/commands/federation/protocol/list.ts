import { flag } from "../../../cli/flags.ts";
import { defineCommand } from "../../../cli/command.ts";
import { listResult } from "../../../kit/attrs.ts";
import { listAll } from "../../../kit/resource.ts";
import { protocols } from "../../../resources/identity/federation.ts";

export default defineCommand({
  summary: "List federation protocols",
  output: "list",
  flags: {
    identityProvider: flag.string({
      metavar: "<identity-provider>",
      required: true,
      help: "Identity provider of the protocols (ID)",
    }),
  },
  async run({ flags: f }, ctx) {
    const identity = await ctx.service("identity");
    const r = protocols(f.identityProvider!);
    return listResult(r.attrs, await listAll(identity, r), [["id", "id"], [
      "mapping",
      "mapping_id",
    ]]);
  },
});
