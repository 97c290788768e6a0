import { flag } from "../../../cli/flags.ts";
import { updateCommand } from "../../../kit/commands.ts";
import { segment } from "../../../resources/network/segment.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../_extra_property.ts";

export default updateCommand(segment, {
  summary: "Change a network segment",
  positional: {
    name: "networkSegment",
    metavar: "<network-segment>",
    help: "Segment (name or ID)",
  },
  flags: {
    extraProperty: extraPropertyFlag,
    description: flag.string({ metavar: "<description>", help: "New description" }),
    name: flag.string({ metavar: "<name>", help: "New name" }),
  },
  body: ({ flags: f }) =>
    withExtraAttributes({
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.name !== undefined ? { name: f.name } : {}),
    }, parseExtraProperties(f.extraProperty)),
});
