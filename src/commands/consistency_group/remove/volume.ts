import { groupVolumesCommand } from "../_volumes.ts";

export default groupVolumesCommand({
  summary: "Remove volumes from a consistency group",
  groupHelp: "Consistency group holding them (name or ID)",
  volumesHelp: "Volumes to remove (name or ID)",
  verb: "remove",
});
