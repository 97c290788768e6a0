import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { findServer, getServer, serverAction } from "../../api/compute/servers.ts";
import { supports } from "../../kit/versions.ts";
import { waitForStatus } from "./_wait.ts";

export default defineCommand({
  summary: "Unshelve server(s)",
  flags: {
    availabilityZone: flag.string({
      help:
        "Availability zone to unshelve a SHELVED_OFFLOADED server in (--os-compute-api-version 2.77 or later)",
    }),
    wait: flag.boolean({ help: "Wait until each server is running (or shut off) again" }),
  },
  positionals: [{
    name: "server",
    metavar: "<server>",
    help: "Servers to unshelve (names or IDs)",
    arity: "many",
  }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    let info: Record<string, string> | null = null;
    if (f.availabilityZone) {
      if (!supports(compute, "2.77")) {
        throw new OscError(
          "--os-compute-api-version 2.77 or greater is required to support the --availability-zone option",
        );
      }
      info = { availability_zone: f.availabilityZone };
    }
    for (const name of positionals.server as string[]) {
      const s = await findServer(compute, name);
      // a server that is not shelved is left alone, silently
      if (!["shelved", "shelved_offloaded"].includes(String(s.status).toLowerCase())) continue;
      await serverAction(compute, s.id, "unshelve", info);
      if (
        f.wait && !await waitForStatus(ctx, () => getServer(compute, s.id), ["active", "shutoff"])
      ) {
        await ctx.stdout.write(`Error unshelving server: ${s.id}\n`);
        throw new OscError(`Error unshelving server ${s.id}`);
      }
    }
  },
});
