import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { sdkFindServer } from "../../../api/compute/servers.ts";
import { getImage, sdkFindImage } from "../../../api/image/images.ts";
import { microversionHeaders, supports } from "../../../kit/versions.ts";
import { keyValuePairs } from "../../_common.ts";
import { imageShow } from "../../image/_image.ts";
import type { Server } from "../../../api/compute/servers.ts";
import { waitForStatus } from "../_wait.ts";

export default defineCommand({
  summary: "Snapshot a server into a new image",
  output: "show",
  flags: {
    name: flag.string({ metavar: "<image-name>", help: "Image name (default: the server's)" }),
    property: flag.list({
      metavar: "<key=value>",
      help: "Image property to set (repeatable)",
    }),
    wait: flag.boolean({ help: "Wait until the image is active" }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server (name or ID)" }],
  async run({ flags: f, positionals: p }, ctx) {
    // KeyValueAction checks its entries while parsing, before any request
    const properties = f.property.length ? Object.fromEntries(keyValuePairs(f.property)) : null;
    const compute = await ctx.service("compute");
    const image = await ctx.service("image");
    const imageId = await sdkCall((async () => {
      const server = await sdkFindServer(compute, p.server as string);
      const info: Record<string, unknown> = { name: f.name || server.name };
      if (properties) info.metadata = properties;
      // openstacksdk asks for 2.45 (the image ID in the body) when Nova has it
      const mv = supports(compute, "2.45") ? "2.45" : compute.microversion;
      const res = await compute.request(`/servers/${encodeURIComponent(server.id)}/action`, {
        method: "POST",
        json: { createImage: info },
        headers: microversionHeaders(compute, mv),
      });
      const fromBody = (res.body as { image_id?: string } | null)?.image_id;
      const id = fromBody ?? res.headers.get("location")?.split("/").at(-1);
      if (!id) throw new OscError("Nova did not say which image it made");
      // openstacksdk reads the new image once before anything else
      await getImage(image, id);
      return id;
    })());
    if (f.wait) {
      const get = async () => (await getImage(image, imageId)) as unknown as Server;
      if (!await waitForStatus(ctx, get, ["active"], 5000)) {
        await ctx.stderr.write(`Error creating server image: ${p.server}\n`);
        throw new OscError("");
      }
      await ctx.stdout.write("\n");
    }
    return imageShow(await sdkCall(sdkFindImage(image, imageId)), false);
  },
});
