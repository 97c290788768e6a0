import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { warn } from "../../cli/verbosity.ts";
import { findServer, getServer, serverAction } from "../../api/compute/servers.ts";
import { findFlavor } from "../../api/compute/flavors.ts";
import { waitReported } from "./_wait.ts";

export default defineCommand({
  summary: "Resize a server to another flavor",
  description:
    "Resize a server to another flavor. The server then waits in VERIFY_RESIZE until the resize is confirmed ('server resize confirm') or reverted ('server resize revert').",
  flags: {
    flavor: flag.string({
      metavar: "<flavor>",
      group: "phase",
      help: "The new flavor (name or ID)",
    }),
    confirm: flag.boolean({
      group: "phase",
      help: "Deprecated: use 'server resize confirm' (confirm a finished resize)",
    }),
    revert: flag.boolean({
      group: "phase",
      help: "Deprecated: use 'server resize revert' (go back to the old flavor)",
    }),
    wait: flag.boolean({ help: "Wait until the resize is ready to confirm" }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const server = await findServer(compute, positionals.server as string);
    if (f.flavor) {
      const flavor = await findFlavor(compute, f.flavor);
      await serverAction(compute, server.id, "resize", { flavorRef: flavor.id });
      if (f.wait) {
        await waitReported(ctx, () => getServer(compute, server.id), server.id, "resizing", [
          "active",
          "verify_resize",
        ]);
      }
    } else if (f.confirm) {
      await warn(
        ctx,
        "The --confirm option has been deprecated. Please use the 'openstack server resize confirm' command instead.",
      );
      await serverAction(compute, server.id, "confirmResize");
    } else if (f.revert) {
      await warn(
        ctx,
        "The --revert option has been deprecated. Please use the 'openstack server resize revert' command instead.",
      );
      await serverAction(compute, server.id, "revertResize");
    }
  },
});
