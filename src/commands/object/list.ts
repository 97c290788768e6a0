import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { swift, swiftList, swiftPath } from "../../api/object_store/swift.ts";
import { entryRows } from "./_store.ts";

export default defineCommand({
  summary: "List the objects of a container",
  output: "list",
  flags: {
    prefix: flag.string({ metavar: "<prefix>", help: "Only names starting with this" }),
    delimiter: flag.string({
      metavar: "<delimiter>",
      help: "Roll names up to their first delimiter after the prefix",
    }),
    marker: flag.string({ metavar: "<marker>", help: "Start after this name" }),
    endMarker: flag.string({ metavar: "<end-marker>", help: "Stop before this name" }),
    limit: flag.integer({ metavar: "<num-objects>", help: "Show at most this many" }),
    long: flag.boolean({ help: "Add size, hash, type and time" }),
    all: flag.boolean({ help: "Every object (else the service's first page, 10000)" }),
  },
  positionals: [{ name: "container", metavar: "<container>", help: "Container" }],
  async run({ flags: f, positionals }, ctx) {
    const s = await swift(ctx);
    const entries = await swiftList(s, swiftPath(positionals.container as string), {
      prefix: f.prefix,
      delimiter: f.delimiter,
      marker: f.marker,
      endMarker: f.endMarker,
      limit: f.limit,
      all: f.all,
    });
    return entryRows(
      entries,
      f.long ? ["Name", "Bytes", "Hash", "Content Type", "Last Modified"] : ["Name"],
    );
  },
});
