import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { addImageMember, sdkFindImage } from "../../../api/image/images.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { isUuidLike } from "../../../kit/pyformats.ts";
import { projectId } from "../../../kit/shared.ts";
import type { Cell } from "../../../output/types.ts";

export default defineCommand({
  summary: "Share an image with a project",
  output: "show",
  flags: {
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
  },
  positionals: [
    { name: "image", metavar: "<image>", help: "Image to share (name or ID)" },
    { name: "project", metavar: "<project>", help: "Project to share it with (name or ID)" },
  ],
  async run({ flags, positionals }, ctx) {
    const project = positionals.project as string;
    // an ID-like value is taken as is, without asking Keystone
    const member = isUuidLike(project)
      ? project
      : (await projectId(ctx, project, flags.projectDomain))!;
    const image = await ctx.service("image");
    const found = await sdkCall(sdkFindImage(image, positionals.image as string));
    const made = await sdkCall(addImageMember(image, found.id, member));
    // openstacksdk's Member: the image from the URL, the member as sent, the rest as answered
    const info: Record<string, unknown> = {
      created_at: made.created_at ?? null,
      image_id: found.id,
      member_id: member,
      schema: made.schema ?? null,
      status: made.status ?? null,
      updated_at: made.updated_at ?? null,
    };
    const fields = Object.keys(info);
    return { kind: "show", fields, values: fields.map((k) => info[k] as Cell) };
  },
});
