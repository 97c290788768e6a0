import { defineCommand } from "../../../cli/command.ts";
import { OscError } from "../../../errors.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { sdkFindImage } from "../../../api/image/images.ts";
import { precacheImages } from "../../../api/compute/aggregates.ts";
import { supports } from "../../../kit/versions.ts";
import { findAggregate } from "../_aggregate.ts";

export default defineCommand({
  summary: "Ask an aggregate's hosts to cache images",
  flags: {},
  positionals: [
    { name: "aggregate", metavar: "<aggregate>", help: "Aggregate (name or ID)" },
    { name: "image", metavar: "<image>", help: "Images to cache (names or IDs)", arity: "many" },
  ],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    if (!supports(compute, "2.81")) {
      throw new OscError("This operation requires server support for API microversion 2.81");
    }
    await sdkCall((async () => {
      const found = await findAggregate(compute, p.aggregate as string);
      const image = await ctx.service("image");
      const ids = [];
      for (const name of p.image as string[]) ids.push((await sdkFindImage(image, name)).id);
      await precacheImages(compute, String(found.id), ids);
    })());
  },
});
