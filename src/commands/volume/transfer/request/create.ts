import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { OscError } from "../../../../errors.ts";
import { findVolume } from "../../../../api/volume/volumes.ts";
import { createTransfer } from "../../../../api/volume/transfers.ts";
import { supports } from "../../../../kit/versions.ts";
import { transferShow } from "./_transfer.ts";

export default defineCommand({
  summary: "Offer a volume to another project",
  output: "show",
  flags: {
    name: flag.string({ metavar: "<name>", help: "Name of the transfer request" }),
    snapshots: flag.boolean({
      help: "Transfer the volume with its snapshots (the default; needs 3.55)",
    }),
    noSnapshots: flag.boolean({
      help: "Transfer the volume without its snapshots (needs 3.55)",
    }),
  },
  positionals: [{ name: "volume", metavar: "<volume>", help: "Volume to transfer (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    // one argparse destination in python (the last flag wins): both given is rare, --no wins here
    const snapshots = f.noSnapshots ? false : f.snapshots ? true : undefined;
    if (snapshots !== undefined && !supports(svc, "3.55")) {
      throw new OscError(
        "--os-volume-api-version 3.55 or greater is required to support the '--(no-)snapshots' option",
      );
    }
    const volumeId = (await findVolume(svc, positionals.volume as string)).id;
    const attrs: Record<string, unknown> = { volume_id: volumeId, name: f.name ?? null };
    // cinderclient sends no_snapshots from 3.55 on, false unless asked
    if (supports(svc, "3.55")) attrs.no_snapshots = snapshots === false;
    return transferShow(await createTransfer(svc, attrs));
  },
});
