import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { projectFlags } from "../../kit/flags.ts";
import { projectId } from "../../kit/shared.ts";
import { addressGroup } from "../../resources/network/address_group.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import { ipNetwork } from "./_address.ts";

export default createCommand(addressGroup, {
  summary: "Create an address group",
  flags: {
    extraProperty: extraPropertyFlag,
    description: flag.string({ metavar: "<description>", help: "Description" }),
    address: flag.list({ metavar: "<ip-address>", help: "IP address or CIDR (repeatable)" }),
    ...projectFlags(),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new address group" }],
  async body({ flags: f, positionals, ctx }) {
    const attrs: Record<string, unknown> = { name: positionals.name };
    // python skips an empty description
    if (f.description) attrs.description = f.description;
    attrs.addresses = f.address.map(ipNetwork);
    if (f.project !== undefined) {
      attrs.project_id = await projectId(ctx, f.project, f.projectDomain);
    }
    return withExtraAttributes(attrs, parseExtraProperties(f.extraProperty));
  },
});
