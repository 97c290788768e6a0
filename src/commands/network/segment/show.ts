import { showCommand } from "../../../kit/commands.ts";
import { segment } from "../../../resources/network/segment.ts";

export default showCommand(segment, {
  summary: "Show a network segment",
  positional: {
    name: "networkSegment",
    metavar: "<network-segment>",
    help: "Segment (name or ID)",
  },
});
