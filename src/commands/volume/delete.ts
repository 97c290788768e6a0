import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { deleteVolume, findVolume, volumeAction } from "../../api/volume/volumes.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";

export default defineCommand({
  summary: "Delete volume(s)",
  flags: {
    force: flag.boolean({
      group: "mode",
      help: "Force the deletion, whatever the volume's state",
    }),
    purge: flag.boolean({
      group: "mode",
      help: "Delete the volume's snapshots too",
    }),
  },
  positionals: [{
    name: "volumes",
    metavar: "<volume>",
    help: "Volumes to delete (name or ID)",
    arity: "many",
  }],
  async run({ flags: f, positionals }, ctx) {
    const volume = await ctx.service("block-storage");
    await deleteEach(ctx, "volume", positionals.volumes as string[], async (nameOrId) => {
      const id = (await findVolume(volume, nameOrId)).id;
      if (f.force) await volumeAction(volume, id, "os-force_delete", null);
      else await deleteVolume(volume, id, f.purge);
    }, plainError); // cinderclient's wording, not openstacksdk's
  },
});
