import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { findServer } from "../../api/compute/servers.ts";
import {
  deleteServerMetadata,
  deleteServerTag,
  updateServer,
} from "../../api/compute/server_fields.ts";
import { computeAtLeast, needsCompute } from "./_microversion.ts";

export default defineCommand({
  summary: "Remove a server's properties, description or tags",
  flags: {
    property: flag.list({ metavar: "<key>", help: "Property to remove (repeatable)" }),
    description: flag.boolean({ help: "Clear the description (compute API 2.19 or later)" }),
    tag: flag.list({
      metavar: "<tag>",
      help: "Tag to remove (repeatable; compute API 2.26 or later)",
    }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server to change (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const server = await findServer(compute, positionals.server as string);
    // novaclient's delete_meta: one DELETE per key
    for (const key of f.property) await deleteServerMetadata(compute, server.id, key);
    if (f.description) {
      if (!computeAtLeast(compute.microversion, "2.19")) {
        throw new OscError(
          "Description is not supported for --os-compute-api-version less than 2.19",
        );
      }
      // novaclient turns the empty description into null: Nova then has none, not ""
      await updateServer(compute, server.id, { description: null });
    }
    if (f.tag.length) {
      needsCompute(compute.microversion, "2.26", "the --tag option");
      for (const tag of f.tag) await deleteServerTag(compute, server.id, tag);
    }
  },
});
