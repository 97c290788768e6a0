import { flag } from "../../../../cli/flags.ts";
import { createCommand } from "../../../../kit/commands.ts";
import { projectFlags } from "../../../../kit/flags.ts";
import { projectId } from "../../../../kit/shared.ts";
import { OscError } from "../../../../errors.ts";
import { segmentRange } from "../../../../resources/network/segment_range.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../../_extra_property.ts";
import { requireSegmentRanges } from "./_extension.ts";

export default createCommand(segmentRange, {
  summary: "Create a network segment range",
  flags: {
    extraProperty: extraPropertyFlag,
    private: flag.boolean({ group: "shared", help: "Give the range to one project" }),
    shared: flag.boolean({ group: "shared", help: "Share the range with every project" }),
    ...projectFlags("Project to own the range (name or ID), with --private"),
    networkType: flag.string({
      metavar: "<network-type>",
      choices: ["geneve", "gre", "vlan", "vxlan"],
      required: true,
      help: "Network type: geneve, gre, vlan or vxlan",
    }),
    physicalNetwork: flag.string({
      metavar: "<physical-network-name>",
      help: "Physical network of the range (vlan only)",
    }),
    minimum: flag.integer({
      metavar: "<minimum-segmentation-id>",
      required: true,
      help: "First segmentation ID of the range (VLAN or tunnel ID)",
    }),
    maximum: flag.integer({
      metavar: "<maximum-segmentation-id>",
      required: true,
      help: "Last segmentation ID of the range (VLAN or tunnel ID)",
    }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new range" }],
  async body({ flags: f, positionals, ctx, svc }) {
    await requireSegmentRanges(svc, "create");
    if (!f.private && f.project) throw new OscError("--project is only allowed with --private");
    if (f.networkType!.toLowerCase() !== "vlan" && f.physicalNetwork) {
      throw new OscError("--physical-network is only allowed with --network-type vlan");
    }
    const shared = f.shared || f.private ? f.shared === true : true;
    const name = positionals.name as string;
    const project = f.project
      ? await projectId(ctx, f.project, f.projectDomain)
      : shared
      ? undefined
      : (await ctx.auth()).projectId;
    return withExtraAttributes({
      shared,
      network_type: f.networkType,
      minimum: f.minimum,
      maximum: f.maximum,
      ...(name ? { name } : {}),
      ...(project !== undefined ? { project_id: project } : {}),
      ...(f.physicalNetwork ? { physical_network: f.physicalNetwork } : {}),
    }, parseExtraProperties(f.extraProperty));
  },
});
