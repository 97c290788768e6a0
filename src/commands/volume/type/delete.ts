import { deleteCommand } from "../../../kit/commands.ts";
import { volumeType } from "../../../resources/volume/volume_type.ts";

export default deleteCommand(volumeType, {
  summary: "Delete volume types",
  positional: {
    name: "volumeTypes",
    metavar: "<volume-type>",
    help: "Types to delete (name or ID)",
  },
  noun: "volume type",
  wording: "plain",
  query: () => ({ is_public: "None" }),
});
