import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import {
  getFlavorExtraSpecs,
  listFlavorsDetail,
  sdkFlavorHeaders,
} from "../../api/compute/flavors.ts";
import { sdkCall } from "../../api/sdk.ts";
import { computeVersionPinned } from "../_common.ts";
import { flavorRow, LIST_HEADERS, LONG_HEADERS } from "./_flavor.ts";

export default defineCommand({
  summary: "List flavors",
  output: "list",
  flags: {
    public: flag.boolean({ group: "visibility", help: "List only public flavors (default)" }),
    private: flag.boolean({ group: "visibility", help: "List only private flavors" }),
    all: flag.boolean({ group: "visibility", help: "List all flavors, whether public or private" }),
    minDisk: flag.integer({
      metavar: "<min-disk>",
      help: "Filters the flavors by a minimum disk space, in GiB.",
    }),
    minRam: flag.integer({
      metavar: "<min-ram>",
      help: "Filters the flavors by a minimum RAM, in MiB.",
    }),
    long: flag.boolean({ help: "List additional fields in output" }),
    marker: flag.string({
      metavar: "<flavor-id>",
      help: "The last flavor ID of the previous page",
    }),
    limit: flag.integer({
      metavar: "<num-flavors>",
      help:
        "Maximum number of flavors to display. This is also configurable on the server. The actual limit used will be the lower of the user-supplied value and the server configuration-derived value",
    }),
  },
  async run({ flags }, ctx) {
    const compute = await ctx.service("compute");
    const headers = sdkFlavorHeaders(compute, computeVersionPinned(ctx));
    const flavors = await sdkCall(listFlavorsDetail(compute, {
      isPublic: flags.all ? null : !flags.private,
      minDisk: flags.minDisk || undefined,
      minRam: flags.minRam || undefined,
    }, { limit: flags.limit || undefined, marker: flags.marker || undefined, headers }));
    if (flags.long) {
      // before 2.61 (or when policy hides them) extra specs need a request per flavor
      await sdkCall(Promise.all(
        flavors.filter((f) => !("extra_specs" in f)).map(async (f) => {
          f.extra_specs = await getFlavorExtraSpecs(compute, f.id, headers);
        }),
      ));
    }
    return {
      kind: "list",
      columns: flags.long ? [...LIST_HEADERS, ...LONG_HEADERS] : LIST_HEADERS,
      rows: flavors.map((f) => flavorRow(f, flags.long)),
    };
  },
});
