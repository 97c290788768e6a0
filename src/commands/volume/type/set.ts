import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { projectFlags } from "../../../kit/flags.ts";
import { failureSteps } from "../../../kit/steps.ts";
import { projectId } from "../../../kit/shared.ts";
import {
  findVolumeType,
  setEncryption,
  setExtraSpecs,
  typeAccess,
  wantsEncryption,
} from "../../../resources/volume/volume_type.ts";
import { keyValuePairs } from "../../_common.ts";
import { encryptionFlags } from "./_flags.ts";

export default defineCommand({
  summary: "Change a volume type",
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    property: flag.list({ metavar: "<key=value>", help: "Extra spec to set (repeatable)" }),
    ...projectFlags("Project to give access to the type (name or ID; admin only)"),
    ...encryptionFlags,
  },
  positionals: [{ name: "volumeType", metavar: "<volume-type>", help: "Type (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const properties = f.property.length ? Object.fromEntries(keyValuePairs(f.property)) : null;
    const svc = await ctx.service("block-storage");
    const type = await findVolumeType(svc, positionals.volumeType as string);
    const steps = failureSteps(ctx);
    if (f.name || f.description) {
      // cinderclient sends both keys, null where not given
      await steps.step(
        "Failed to update volume type name or description",
        () =>
          svc.request(`/types/${encodeURIComponent(type.id)}`, {
            method: "PUT",
            json: { volume_type: { name: f.name || null, description: f.description || null } },
          }),
      );
    }
    if (properties) {
      await steps.step(
        "Failed to set volume type property",
        () => setExtraSpecs(svc, type.id, properties),
      );
    }
    if (f.project) {
      await steps.step("Failed to set volume type access to project", async () =>
        typeAccess(
          svc,
          type.id,
          "addProjectAccess",
          (await projectId(ctx, f.project, f.projectDomain))!,
        ));
    }
    if (wantsEncryption(f)) {
      await steps.step(
        "Failed to set encryption information for this volume type",
        () => setEncryption(ctx, svc, type.id, f),
      );
    }
    steps.finish("Command Failed: One or more of the operations failed");
  },
});
