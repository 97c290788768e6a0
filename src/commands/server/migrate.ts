import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { warn } from "../../cli/verbosity.ts";
import { OscError } from "../../errors.ts";
import { findServer, getServer, serverAction } from "../../api/compute/servers.ts";
import { computeAtLeast } from "./_microversion.ts";
import { waitReported } from "./_wait.ts";

export default defineCommand({
  summary: "Move a server to another host (cold by default, or live)",
  description:
    "Move a server to another host. A cold migration is a resize to the same flavor: confirm or revert it afterwards ('server migration confirm' / 'server migration revert'). A live migration moves the running server.",
  flags: {
    liveMigration: flag.boolean({ help: "Migrate the running server (live migration)" }),
    host: flag.string({
      metavar: "<hostname>",
      help:
        "Target host, checked by the scheduler (live: compute API 2.30 or later; cold: 2.56 or later)",
    }),
    sharedMigration: flag.boolean({
      group: "block",
      help: "Live-migrate over shared storage (the default before compute API 2.25; then auto)",
    }),
    blockMigration: flag.boolean({
      group: "block",
      help: "Live-migrate the disks too (block migration; automatic from compute API 2.25)",
    }),
    diskOvercommit: flag.boolean({
      group: "disk",
      help: "Let the target host over-commit its disk (compute API 2.24 or earlier)",
    }),
    noDiskOvercommit: flag.boolean({
      group: "disk",
      help: "Do not over-commit the target host's disk (the default; compute API 2.24 or earlier)",
    }),
    wait: flag.boolean({ help: "Wait until the migration is done (or ready to confirm)" }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const mv = compute.microversion;
    const server = await findServer(compute, positionals.server as string);
    // true, false, or not given (undefined)
    const block = f.blockMigration ? true : f.sharedMigration ? false : undefined;
    const disk = f.diskOvercommit ? true : f.noDiskOvercommit ? false : undefined;
    if (f.liveMigration) {
      const body: Record<string, unknown> = {};
      if (f.host && !computeAtLeast(mv, "2.30")) {
        throw new OscError(
          "--os-compute-api-version 2.30 or greater is required when using --host",
        );
      }
      body.host = f.host ?? null;
      body.block_migration = block ?? (computeAtLeast(mv, "2.25") ? "auto" : false);
      if (!computeAtLeast(mv, "2.25")) body.disk_over_commit = disk ?? false;
      else if (disk !== undefined) {
        await warn(
          ctx,
          "The --disk-overcommit and --no-disk-overcommit options are only supported by --os-compute-api-version 2.24 or below; this will be an error in a future release",
        );
      }
      await serverAction(compute, server.id, "os-migrateLive", body);
    } else {
      if (block || disk) {
        throw new OscError(
          "--live-migration must be specified if --block-migration or --disk-overcommit is specified",
        );
      }
      if (f.host && !computeAtLeast(mv, "2.56")) {
        throw new OscError(
          "--os-compute-api-version 2.56 or greater is required to use --host without --live-migration.",
        );
      }
      // novaclient sends null before 2.56, an object (maybe empty) from 2.56
      const info = computeAtLeast(mv, "2.56") ? (f.host ? { host: f.host } : {}) : null;
      await serverAction(compute, server.id, "migrate", info);
    }
    if (f.wait) {
      await waitReported(ctx, () => getServer(compute, server.id), server.id, "migrating", [
        "active",
        "verify_resize",
      ]);
    }
  },
});
