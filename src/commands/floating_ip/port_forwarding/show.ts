import { defineCommand } from "../../../cli/command.ts";
import { sdkFind } from "../../../api/sdk.ts";
import { shown } from "../../../kit/commands.ts";
import { getItem, type Item, listAll } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { floatingIp } from "../../../resources/network/floating_ip.ts";
import { portForwarding } from "../../../resources/network/port_forwarding.ts";
import { findItem } from "../../../kit/resource.ts";
import { fipPositional, pfPositional } from "./_fip.ts";

export default defineCommand({
  summary: "Show a floating IP port forwarding",
  output: "show",
  flags: {},
  positionals: [fipPositional, pfPositional],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    return await worded(
      "sdk",
      (async () => {
        const fip = await findItem(svc, floatingIp, positionals.floating_ip as string);
        const pfs = portForwarding(fip.id);
        // openstacksdk's find: its GET carries the floating IP's id as a query, its list not
        const item = await sdkFind<Item>({
          resource: pfs.sdkName,
          get: (id) => getItem(svc, pfs, id, { floatingip_id: fip.id }),
          list: () => listAll(svc, pfs),
          id: (i) => i.id,
          name: (i) => (i.name ?? null) as string | null,
        }, positionals.port_forwarding_id as string);
        return shown(pfs, item);
      })(),
    );
  },
});
