import { defineCommand } from "../../../cli/command.ts";
import { deleteEach } from "../../../kit/bulk.ts";
import { deleteItem } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { localIpAssociation } from "../../../resources/network/local_ip_association.ts";
import { findLocalIp, localIpPositional } from "./_local_ip.ts";

export default defineCommand({
  summary: "Remove local IP associations",
  flags: {},
  positionals: [
    localIpPositional,
    { name: "fixed_port_id", metavar: "<fixed-port-id>", help: "Ports (IDs)", arity: "many" },
  ],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    // a local IP not found fails the whole command, before any association
    const lip = await worded("sdk", findLocalIp(svc, positionals.local_ip as string));
    const r = localIpAssociation(lip.id);
    await deleteEach(
      ctx,
      "Local IP Association",
      positionals.fixed_port_id as string[],
      (id) => deleteItem(svc, r, id),
      undefined,
      (item, why) =>
        `Failed to delete Local IP Association with fixed port name or ID '${item}': ${why}`,
    );
  },
});
