import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { listVolumeServices } from "../../../api/volume/services.ts";
import type { Cell } from "../../../output/types.ts";

const COLUMNS = ["Binary", "Host", "Zone", "Status", "State", "Updated At"];

export default defineCommand({
  summary: "List block storage services",
  output: "list",
  flags: {
    host: flag.string({ metavar: "<host>", help: "Only services on this host (name)" }),
    service: flag.string({ metavar: "<service>", help: "Only this service (binary name)" }),
    long: flag.boolean({ help: "Show more columns" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    const services = await listVolumeServices(svc, f.host, f.service);
    const columns = f.long ? [...COLUMNS, "Disabled Reason"] : COLUMNS;
    // get_item_properties: the column name lowercased, spaces as underscores
    const keys = columns.map((c) => c.toLowerCase().replaceAll(" ", "_"));
    return {
      kind: "list",
      columns,
      rows: services.map((s) => keys.map((k) => (k in s ? s[k] : "") as Cell)),
    };
  },
});
