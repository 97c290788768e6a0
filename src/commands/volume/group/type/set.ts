import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { OscError } from "../../../../errors.ts";
import { objectIn } from "../../../../http/errors.ts";
import { requireCommand } from "../../../../resources/volume/attachment.ts";
import {
  findGroupType,
  getGroupSpecs,
  groupTypePath,
  groupTypeShow,
} from "../../../../resources/volume/group_type.ts";
import { logError } from "../../../../resources/volume/volume_type.ts";
import { keyValuePairs } from "../../../_common.ts";

export default defineCommand({
  summary: "Change a volume group type (shows it as it was before its properties changed)",
  output: "show",
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    public: flag.boolean({ group: "public", help: "Make the type public" }),
    private: flag.boolean({ group: "public", help: "Make the type private" }),
    noProperty: flag.boolean({ help: "Remove every property first" }),
    property: flag.list({ metavar: "<key=value>", help: "Property to set (repeatable)" }),
  },
  positionals: [{ name: "groupType", metavar: "<group_type>", help: "Group type (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const properties = Object.fromEntries(keyValuePairs(f.property));
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.11", "volume group type set");
    let t: Record<string, unknown> = await findGroupType(svc, positionals.groupType as string);
    const id = t.id as string;
    let errors = 0;
    const isPublic = f.public ? true : f.private ? false : undefined;
    if (f.name !== undefined || f.description !== undefined || isPublic !== undefined) {
      // cinderclient sends name and description, null where not given
      const body: Record<string, unknown> = {
        name: f.name ?? null,
        description: f.description ?? null,
      };
      if (isPublic !== undefined) body.is_public = isPublic;
      try {
        const res = await svc.request(groupTypePath(id), {
          method: "PUT",
          json: { group_type: body },
        });
        t = objectIn(res.body, "group_type", svc.type);
      } catch (e) {
        await logError(ctx, "Failed to update group type", e);
        errors++;
      }
    }
    if (f.noProperty) {
      try {
        for (const k of Object.keys(await getGroupSpecs(svc, id))) {
          await svc.request(groupTypePath(id, `/group_specs/${encodeURIComponent(k)}`), {
            method: "DELETE",
            expectJson: false,
          });
        }
      } catch (e) {
        await logError(ctx, "Failed to clear group type properties", e);
        errors++;
      }
    }
    if (f.property.length) {
      try {
        await svc.request(groupTypePath(id, "/group_specs"), {
          method: "POST",
          json: { group_specs: properties },
        });
      } catch (e) {
        await logError(ctx, "Failed to set group type properties", e);
        errors++;
      }
    }
    if (errors) throw new OscError("");
    return groupTypeShow(t);
  },
});
