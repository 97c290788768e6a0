import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { objectIn } from "../../../../http/errors.ts";
import { listAll } from "../../../../kit/resource.ts";
import type { Cell } from "../../../../output/types.ts";
import { requireCommand } from "../../../../resources/volume/attachment.ts";
import { groupType } from "../../../../resources/volume/group_type.ts";

export default defineCommand({
  summary: "List volume group types",
  output: "list",
  flags: { default: flag.boolean({ help: "Only the default group type" }) },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.11", "volume group type list");
    const types = f.default
      ? [
        objectIn<Record<string, unknown>>(
          await svc.get("/group_types/default"),
          "group_type",
          svc.type,
        ),
      ]
      : await listAll(svc, groupType, { is_public: "None" });
    const keys = ["id", "name", "is_public", "group_specs"];
    return {
      kind: "list",
      columns: ["ID", "Name", "Is Public", "Properties"],
      // no formatter: python prints the specs as a dict's repr
      rows: types.map((t) => keys.map((k) => (k in t ? t[k] : "") as Cell)),
    };
  },
});
