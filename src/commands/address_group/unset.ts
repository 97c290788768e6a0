import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { idOf } from "../../kit/resource.ts";
import { addressGroup } from "../../resources/network/address_group.ts";
import { ipNetwork } from "./_address.ts";

export default updateCommand(addressGroup, {
  summary: "Remove addresses from an address group",
  positional: {
    name: "addressGroup",
    metavar: "<address-group>",
    help: "Address group (name or ID)",
  },
  flags: {
    address: flag.list({
      metavar: "<ip-address>",
      help: "IP address or CIDR to remove (repeatable)",
    }),
  },
  body: () => undefined,
  async after({ flags: f, svc }, item) {
    if (!f.address.length) return;
    await svc.request(`${addressGroup.path}/${idOf(addressGroup, item)}/remove_addresses`, {
      method: "PUT",
      json: { addresses: f.address.map(ipNetwork) },
    });
  },
});
