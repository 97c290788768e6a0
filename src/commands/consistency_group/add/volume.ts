import { groupVolumesCommand } from "../_volumes.ts";

export default groupVolumesCommand({
  summary: "Add volumes to a consistency group",
  groupHelp: "Consistency group to add them to (name or ID)",
  volumesHelp: "Volumes to add (name or ID)",
  verb: "add",
});
