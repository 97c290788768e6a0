import { flag } from "../../../cli/flags.ts";
import { listCommand } from "../../../kit/commands.ts";
import { findItem } from "../../../kit/resource.ts";
import { network } from "../../../resources/network/network.ts";
import { segment } from "../../../resources/network/segment.ts";

const COLUMNS = [
  ["ID", "id"],
  ["Name", "name"],
  ["Network", "network_id"],
  ["Network Type", "network_type"],
  ["Segment", "segmentation_id"],
] as const;

export default listCommand(segment, {
  summary: "List network segments",
  flags: {
    long: flag.boolean({ help: "Also show the physical network" }),
    network: flag.string({
      metavar: "<network>",
      help: "Only segments of this network (name or ID)",
    }),
  },
  columns: COLUMNS,
  long: [...COLUMNS, ["Physical Network", "physical_network"]],
  async query(f, ctx) {
    if (!f.network) return {};
    const svc = await ctx.service("network");
    return { network_id: (await findItem(svc, network, f.network)).id as string };
  },
});
