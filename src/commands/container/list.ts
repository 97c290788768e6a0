import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { swift, swiftList } from "../../api/object_store/swift.ts";
import { entryRows } from "../object/_store.ts";

export default defineCommand({
  summary: "List containers",
  output: "list",
  flags: {
    prefix: flag.string({ metavar: "<prefix>", help: "Only names starting with this" }),
    marker: flag.string({ metavar: "<marker>", help: "Start after this name" }),
    endMarker: flag.string({ metavar: "<end-marker>", help: "Stop before this name" }),
    limit: flag.integer({ metavar: "<num-containers>", help: "Show at most this many" }),
    long: flag.boolean({ help: "Add the bytes and object counts" }),
    all: flag.boolean({ help: "Every container (else the service's first page, 10000)" }),
  },
  async run({ flags: f }, ctx) {
    const s = await swift(ctx);
    const entries = await swiftList(s, "", {
      prefix: f.prefix,
      marker: f.marker,
      endMarker: f.endMarker,
      limit: f.limit,
      all: f.all,
    });
    return entryRows(entries, f.long ? ["Name", "Bytes", "Count"] : ["Name"]);
  },
});
