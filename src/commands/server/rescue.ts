import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { findServer, serverAction } from "../../api/compute/servers.ts";
import { sdkFindImage } from "../../api/image/images.ts";
import { SdkNotFound } from "../../api/sdk.ts";

export default defineCommand({
  summary: "Boot a server into rescue mode",
  flags: {
    image: flag.string({
      metavar: "<image>",
      help: "Image to rescue from (name or ID; default: the server's own)",
    }),
    password: flag.string({
      metavar: "<password>",
      help: "Password for the rescued server (if the cloud supports it)",
    }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    let imageId: string | undefined;
    if (f.image) {
      // python's find_image ignores a missing image: the server's own is used
      try {
        imageId = (await sdkFindImage(await ctx.service("image"), f.image)).id;
      } catch (e) {
        if (!(e instanceof SdkNotFound)) throw e;
      }
    }
    const server = await findServer(compute, positionals.server as string);
    const info: Record<string, string> = {};
    if (f.password) info.adminPass = f.password;
    if (imageId) info.rescue_image_ref = imageId;
    await serverAction(compute, server.id, "rescue", Object.keys(info).length ? info : null);
  },
});
