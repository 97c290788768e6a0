import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { removeImageMember, sdkFindImage } from "../../../api/image/images.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { HttpError } from "../../../http/errors.ts";
import { projectId } from "../../../kit/shared.ts";

export default defineCommand({
  summary: "Stop sharing an image with a project",
  flags: {
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
  },
  positionals: [
    { name: "image", metavar: "<image>", help: "Image to stop sharing (name or ID)" },
    { name: "project", metavar: "<project>", help: "Project to remove (name or ID)" },
  ],
  async run({ flags, positionals }, ctx) {
    const member = (await projectId(ctx, positionals.project as string, flags.projectDomain))!;
    const image = await ctx.service("image");
    const found = await sdkCall(sdkFindImage(image, positionals.image as string));
    // openstacksdk's remove_member ignores a member that is not there
    await sdkCall(
      removeImageMember(image, found.id, member).catch((e) => {
        if (!(e instanceof HttpError && e.status === 404)) throw e;
      }),
    );
  },
});
