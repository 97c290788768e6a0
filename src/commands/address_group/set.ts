import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { idOf } from "../../kit/resource.ts";
import { addressGroup } from "../../resources/network/address_group.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import { ipNetwork } from "./_address.ts";

export default updateCommand(addressGroup, {
  summary: "Change an address group, or add addresses to it",
  positional: {
    name: "addressGroup",
    metavar: "<address-group>",
    help: "Address group (name or ID)",
  },
  flags: {
    extraProperty: extraPropertyFlag,
    name: flag.string({ metavar: "<name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    address: flag.list({ metavar: "<ip-address>", help: "IP address or CIDR to add (repeatable)" }),
  },
  body({ flags: f }) {
    const attrs = withExtraAttributes({
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.description !== undefined ? { description: f.description } : {}),
    }, parseExtraProperties(f.extraProperty));
    return Object.keys(attrs).length ? attrs : undefined;
  },
  async after({ flags: f, svc }, item) {
    if (!f.address.length) return;
    await svc.request(`${addressGroup.path}/${idOf(addressGroup, item)}/add_addresses`, {
      method: "PUT",
      json: { addresses: f.address.map(ipNetwork) },
    });
  },
});
