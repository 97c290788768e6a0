import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { findServer, getServer, serverAction } from "../../api/compute/servers.ts";
import { computeAtLeast } from "./_microversion.ts";
import { detailNames, serverDetail } from "./_detail.ts";
import { waitReported } from "./_wait.ts";

export default defineCommand({
  summary: "Rebuild a server on another host after its own host failed (admin)",
  description:
    "Rebuild a server on another host after its own host failed. Nova refuses while the server's compute service is up; an admin should first make sure the server no longer runs there.",
  output: "show",
  flags: {
    wait: flag.boolean({ help: "Wait until the evacuation is done" }),
    host: flag.string({
      metavar: "<host>",
      help: "Preferred target host, checked by the scheduler (compute API 2.29 or later)",
    }),
    password: flag.string({
      metavar: "<password>",
      group: "storage",
      help: "Password for the evacuated server (if the cloud supports it)",
    }),
    sharedStorage: flag.boolean({
      group: "storage",
      help:
        "The server's disks are on shared storage (compute API 2.13 or earlier; then found out)",
    }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const mv = compute.microversion;
    if (f.host && !computeAtLeast(mv, "2.29")) {
      throw new OscError(
        "--os-compute-api-version 2.29 or later is required to specify a preferred host.",
      );
    }
    if (f.sharedStorage && computeAtLeast(mv, "2.14")) {
      throw new OscError(
        "--os-compute-api-version 2.13 or earlier is required to specify shared-storage.",
      );
    }
    const body: Record<string, unknown> = {};
    if (!computeAtLeast(mv, "2.14")) body.onSharedStorage = f.sharedStorage;
    if (f.host !== undefined) body.host = f.host;
    if (f.password !== undefined) body.adminPass = f.password;
    const server = await findServer(compute, positionals.server as string);
    await serverAction(compute, server.id, "evacuate", body);
    if (f.wait) {
      await waitReported(ctx, () => getServer(compute, server.id), server.id, "evacuating");
    }
    // python 6.0 crashes here (novaclient answers a tuple, not a server): the server is shown
    const now = await getServer(compute, server.id);
    return serverDetail(now, await detailNames(ctx, compute, now));
  },
});
