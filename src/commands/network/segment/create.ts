import { flag } from "../../../cli/flags.ts";
import { createCommand } from "../../../kit/commands.ts";
import { findItem } from "../../../kit/resource.ts";
import { network } from "../../../resources/network/network.ts";
import { segment } from "../../../resources/network/segment.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../_extra_property.ts";

export default createCommand(segment, {
  summary: "Create a network segment",
  flags: {
    extraProperty: extraPropertyFlag,
    description: flag.string({ metavar: "<description>", help: "Description of the segment" }),
    physicalNetwork: flag.string({
      metavar: "<physical-network>",
      help: "Physical network the segment is on",
    }),
    segment: flag.integer({
      metavar: "<segment>",
      help: "Segmentation ID: the VLAN ID (vlan) or tunnel ID (geneve, gre, vxlan)",
    }),
    network: flag.string({
      metavar: "<network>",
      required: true,
      help: "Network the segment belongs to (name or ID)",
    }),
    networkType: flag.string({
      metavar: "<network-type>",
      choices: ["flat", "geneve", "gre", "local", "vlan", "vxlan"],
      required: true,
      help: "Network type: flat, geneve, gre, local, vlan or vxlan",
    }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new segment" }],
  async body({ flags: f, positionals, svc }) {
    return withExtraAttributes({
      name: positionals.name,
      network_id: (await findItem(svc, network, f.network!)).id,
      network_type: f.networkType,
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.physicalNetwork !== undefined ? { physical_network: f.physicalNetwork } : {}),
      ...(f.segment !== undefined ? { segmentation_id: f.segment } : {}),
    }, parseExtraProperties(f.extraProperty));
  },
});
