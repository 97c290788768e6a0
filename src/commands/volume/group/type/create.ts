import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { objectIn } from "../../../../http/errors.ts";
import { requireCommand } from "../../../../resources/volume/attachment.ts";
import { groupTypeShow } from "../../../../resources/volume/group_type.ts";

export default defineCommand({
  summary: "Create a volume group type",
  output: "show",
  flags: {
    description: flag.string({ metavar: "<description>", help: "Description of the type" }),
    public: flag.boolean({ group: "public", help: "Usable by every project (the default)" }),
    private: flag.boolean({ group: "public", help: "Usable only by projects given access" }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new group type" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.11", "volume group type create");
    const res = await svc.request("/group_types", {
      method: "POST",
      json: {
        group_type: {
          name: positionals.name,
          description: f.description ?? null,
          is_public: !f.private,
        },
      },
    });
    return groupTypeShow(objectIn(res.body, "group_type", svc.type));
  },
});
