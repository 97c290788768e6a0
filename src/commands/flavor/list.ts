import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import {
  getFlavorExtraSpecs,
  listFlavorsDetail,
  sdkFlavorHeaders,
} from "../../api/compute/flavors.ts";
import { sdkCall } from "../../api/sdk.ts";
import { computeVersionPinned } from "../_common.ts";
import { LIST, LONG } from "./_flavor.ts";
import { listResult } from "../../kit/attrs.ts";
import { flavor } from "../../resources/compute/flavor.ts";

export default defineCommand({
  summary: "List flavors",
  output: "list",
  flags: {
    public: flag.boolean({ group: "visibility", help: "Only public flavors (the default)" }),
    private: flag.boolean({ group: "visibility", help: "Only private flavors" }),
    all: flag.boolean({ group: "visibility", help: "Public and private flavors alike" }),
    minDisk: flag.integer({
      metavar: "<min-disk>",
      help: "Only flavors with at least this much disk (GiB)",
    }),
    minRam: flag.integer({
      metavar: "<min-ram>",
      help: "Only flavors with at least this much RAM (MiB)",
    }),
    long: flag.boolean({ help: "Show more columns" }),
    marker: flag.string({
      metavar: "<flavor-id>",
      help: "Start after this flavor (ID)",
    }),
    limit: flag.integer({
      metavar: "<num-flavors>",
      help: "Show at most this many flavors (the server may cap it lower)",
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
    return listResult(flavor.attrs, flavors, flags.long ? LONG : LIST);
  },
});
