import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { projectFlags } from "../../../kit/flags.ts";
import { failureSteps } from "../../../kit/steps.ts";
import { projectId } from "../../../kit/shared.ts";
import {
  deleteEncryption,
  findVolumeType,
  typeAccess,
  unsetExtraSpecs,
} from "../../../resources/volume/volume_type.ts";

export default defineCommand({
  summary: "Remove properties, project access or encryption of a volume type",
  flags: {
    property: flag.list({ metavar: "<key>", help: "Extra spec to remove (repeatable)" }),
    ...projectFlags("Project to take access away from (name or ID; admin only)"),
    encryptionType: flag.boolean({ help: "Remove the type's encryption (admin only)" }),
  },
  positionals: [{ name: "volumeType", metavar: "<volume-type>", help: "Type (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const type = await findVolumeType(svc, positionals.volumeType as string);
    const steps = failureSteps(ctx);
    if (f.property.length) {
      await steps.step(
        "Failed to unset volume type property",
        () => unsetExtraSpecs(svc, type.id, f.property),
      );
    }
    if (f.project) {
      await steps.step("Failed to remove volume type access from project", async () =>
        typeAccess(
          svc,
          type.id,
          "removeProjectAccess",
          (await projectId(ctx, f.project, f.projectDomain))!,
        ));
    }
    if (f.encryptionType) {
      await steps.step(
        "Failed to remove the encryption type for this volume type",
        () => deleteEncryption(svc, type.id),
      );
    }
    steps.finish("Command Failed: One or more of the operations failed");
  },
});
