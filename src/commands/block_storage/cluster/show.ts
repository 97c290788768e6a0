import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { objectIn } from "../../../http/errors.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";
import { clusterShow } from "../../../resources/volume/cluster.ts";

export default defineCommand({
  summary: "Show a block storage cluster",
  output: "show",
  flags: { binary: flag.string({ metavar: "<binary>", help: "Binary of the cluster" }) },
  positionals: [{ name: "cluster", metavar: "<cluster>", help: "Cluster (name)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.7", "block storage cluster show");
    const body = await svc.get(`/clusters/${positionals.cluster}`, {
      binary: f.binary || undefined,
    });
    return clusterShow(objectIn(body, "cluster", svc.type));
  },
});
