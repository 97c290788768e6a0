import { defineCommand } from "../../../cli/command.ts";
import { deleteEach } from "../../../kit/bulk.ts";
import { deleteItem } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { fipPositional, forwardingsOf, pfPositional } from "./_fip.ts";

export default defineCommand({
  summary: "Delete floating IP port forwardings",
  flags: {},
  positionals: [fipPositional, { ...pfPositional, help: "Port forwardings (IDs)", arity: "many" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    // a floating IP not found fails the whole command, before any forwarding
    const pfs = await worded("sdk", forwardingsOf(svc, positionals.floating_ip as string));
    await deleteEach(
      ctx,
      "port forwarding",
      positionals.port_forwarding_id as string[],
      (id) => deleteItem(svc, pfs, id),
      undefined,
      (item, why) => `Failed to delete floating IP port forwarding '${item}': ${why}`,
      (failed, total) => `${failed} of ${total} Port forwarding failed to delete.`,
    );
  },
});
