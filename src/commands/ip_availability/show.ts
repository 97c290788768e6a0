import { showCommand } from "../../kit/commands.ts";
import { findItem } from "../../kit/resource.ts";
import { ipAvailability } from "../../resources/network/ip_availability.ts";
import { network } from "../../resources/network/network.ts";

export default showCommand(ipAvailability, {
  summary: "Show how many IPs a network has and uses",
  positional: { name: "network", metavar: "<network>", help: "Network (name or ID)" },
  // the network first, then its availability by the network's id
  find: async ({ svc }, nameOrId) =>
    await findItem(svc, ipAvailability, (await findItem(svc, network, nameOrId)).id),
});
