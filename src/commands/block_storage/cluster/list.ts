import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { listOfObjects } from "../../../http/errors.ts";
import type { Cell } from "../../../output/types.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";

export default defineCommand({
  summary: "List block storage clusters",
  output: "list",
  flags: {
    cluster: flag.string({ metavar: "<name>", help: "Only the cluster of this name" }),
    binary: flag.string({ metavar: "<binary>", help: "Only clusters of this binary" }),
    up: flag.boolean({ help: "Only clusters that are up" }),
    down: flag.boolean({ help: "Only clusters that are down" }),
    disabled: flag.boolean({ help: "Only disabled clusters" }),
    enabled: flag.boolean({ help: "Only enabled clusters" }),
    numHosts: flag.integer({ metavar: "<hosts>", help: "Only clusters with this many hosts" }),
    numDownHosts: flag.integer({
      metavar: "<hosts>",
      help: "Only clusters with this many hosts down",
    }),
    long: flag.boolean({ help: "Show more columns" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.7", "block storage cluster list");
    const columns = ["Name", "Binary", "State", "Status"];
    if (f.long) {
      columns.push(
        "Num Hosts",
        "Num Down Hosts",
        "Last Heartbeat",
        "Disabled Reason",
        "Created At",
        "Updated At",
      );
    }
    // cinderclient drops every false value (--down and --enabled send nothing)
    const body = await svc.get(f.long ? "/clusters/detail" : "/clusters", {
      name: f.cluster || undefined,
      binary: f.binary || undefined,
      is_up: f.up ? "True" : undefined,
      disabled: f.disabled ? "True" : undefined,
      num_hosts: f.numHosts || undefined,
      num_down_hosts: f.numDownHosts || undefined,
    });
    const clusters = listOfObjects<Record<string, unknown>>(body, "clusters", svc.type);
    const keys = columns.map((c) => c.toLowerCase().replaceAll(" ", "_"));
    return {
      kind: "list",
      columns,
      rows: clusters.map((c) => keys.map((k) => (k in c ? c[k] : "") as Cell)),
    };
  },
});
