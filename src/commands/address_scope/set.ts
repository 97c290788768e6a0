import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { addressScope } from "../../resources/network/address_scope.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";

export default updateCommand(addressScope, {
  summary: "Change an address scope",
  positional: {
    name: "addressScope",
    metavar: "<address-scope>",
    help: "Address scope (name or ID)",
  },
  flags: {
    extraProperty: extraPropertyFlag,
    name: flag.string({ metavar: "<name>", help: "New name" }),
    share: flag.boolean({ group: "share", help: "Share it with every project" }),
    noShare: flag.boolean({ group: "share", help: "Keep it to its project" }),
  },
  body: ({ flags: f }) =>
    withExtraAttributes({
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.share ? { shared: true } : {}),
      ...(f.noShare ? { shared: false } : {}),
    }, parseExtraProperties(f.extraProperty)),
});
