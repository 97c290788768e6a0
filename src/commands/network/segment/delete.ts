import { deleteCommand } from "../../../kit/commands.ts";
import { segment } from "../../../resources/network/segment.ts";

export default deleteCommand(segment, {
  summary: "Delete network segments",
  positional: {
    name: "networkSegment",
    metavar: "<network-segment>",
    help: "Segments (names or IDs)",
  },
  noun: "network segment",
  line: (item, why) => `Failed to delete network segment with ID '${item}': ${why}`,
});
