import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { listImageMembers, sdkFindImage } from "../../../api/image/images.ts";
import { sdkCall } from "../../../api/sdk.ts";

export default defineCommand({
  summary: "List the projects an image is shared with",
  output: "list",
  flags: {
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "(ignored)",
    }),
  },
  positionals: [{ name: "image", metavar: "<image>", help: "Image (name or ID)" }],
  async run({ positionals }, ctx) {
    const image = await ctx.service("image");
    const found = await sdkCall(sdkFindImage(image, positionals.image as string));
    const members = await sdkCall(listImageMembers(image, found.id));
    return {
      kind: "list",
      columns: ["Image ID", "Member ID", "Status"],
      rows: members.map((m) => [found.id, m.member_id ?? m.member ?? null, m.status ?? null]),
    };
  },
});
