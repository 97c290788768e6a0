import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { sdkFindServer, type Server, serverAction } from "../../../api/compute/servers.ts";
import { getImage, sdkFindImage } from "../../../api/image/images.ts";
import { imageShow } from "../../image/_image.ts";
import { waitForStatus } from "../_wait.ts";

export default defineCommand({
  summary: "Back a server up into an image, keeping the newest few",
  output: "show",
  flags: {
    name: flag.string({
      metavar: "<image-name>",
      help: "Backup image name (default: the server's)",
    }),
    type: flag.string({ metavar: "<backup-type>", help: "Backup type (daily, weekly, …)" }),
    rotate: flag.integer({
      metavar: "<count>",
      help: "How many backups of this type to keep (default 1)",
    }),
    wait: flag.boolean({ help: "Wait until the backup image is active" }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server (name or ID)" }],
  async run({ flags: f, positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    const image = await ctx.service("image");
    const found = await sdkCall((async () => {
      // python's lookup ignores a missing server and then fails on it; here the lookup's error
      const server = await sdkFindServer(compute, p.server as string);
      const name = f.name ?? server.name;
      await serverAction(compute, server.id, "createBackup", {
        name,
        backup_type: f.type ?? "",
        rotation: f.rotate ?? 1,
      });
      // found by name, as python finds it
      return await sdkFindImage(image, String(name));
    })());
    if (f.wait) {
      const get = async () => (await getImage(image, found.id)) as unknown as Server;
      if (!await waitForStatus(ctx, get, ["active"], 5000)) {
        throw new OscError(`Error creating server backup: ${f.name ?? "None"}`);
      }
      await ctx.stdout.write("\n");
    }
    return imageShow(found, false);
  },
});
