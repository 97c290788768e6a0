/** A network extension by name or alias (openstacksdk's find_extension, to_dict sorted). */
import { showCommand } from "../../kit/commands.ts";
import { extension } from "../../resources/network/extension.ts";

export default showCommand(extension, {
  summary: "Show a network API extension",
  positional: { name: "extension", metavar: "<extension>", help: "Extension (name or alias)" },
});
