import { flag } from "../../../cli/flags.ts";
import { updateCommand } from "../../../kit/commands.ts";
import { networkFlavor } from "../../../resources/network/network_flavor.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../_extra_property.ts";

export default updateCommand(networkFlavor, {
  summary: "Change a network flavor",
  positional: { name: "flavor", metavar: "<flavor>", help: "Flavor (name or ID)" },
  flags: {
    extraProperty: extraPropertyFlag,
    description: flag.string({ help: "New description" }),
    disable: flag.boolean({ group: "enable", help: "Disable the flavor" }),
    enable: flag.boolean({ group: "enable", help: "Enable the flavor" }),
    name: flag.string({ metavar: "<name>", help: "New name" }),
  },
  body: ({ flags: f }) => {
    const attrs = withExtraAttributes({
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.enable ? { enabled: true } : f.disable ? { enabled: false } : {}),
    }, parseExtraProperties(f.extraProperty));
    // openstacksdk sends nothing when nothing changes
    return Object.keys(attrs).length ? attrs : undefined;
  },
});
