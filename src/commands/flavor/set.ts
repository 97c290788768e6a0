import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import {
  deleteFlavorExtraSpec,
  flavorTenantAccess,
  getFlavorExtraSpecs,
  setFlavorExtraSpecs,
  updateFlavorDescription,
} from "../../api/compute/flavors.ts";
import { sdkCall } from "../../api/sdk.ts";
import { projectFlags } from "../../kit/flags.ts";
import { projectId } from "../../kit/shared.ts";
import { supports } from "../../kit/versions.ts";
import { keyValuePairs } from "../_common.ts";
import { flavorWrite, isPublic } from "./_write.ts";

export default defineCommand({
  summary: "Set flavor properties, access or description",
  flags: {
    noProperty: flag.boolean({
      help: "Remove every extra spec first (with --property: replace them)",
    }),
    property: flag.list({ metavar: "<key=value>", help: "Extra spec to set (repeatable)" }),
    ...projectFlags("Project to give access to the private flavor (name or ID; admin only)"),
    description: flag.string({
      metavar: "<description>",
      help: "New description (compute microversion 2.55 or later)",
    }),
  },
  positionals: [{ name: "flavor", metavar: "<flavor>", help: "Flavor to change (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const properties = Object.fromEntries(keyValuePairs(f.property));
    const w = await flavorWrite(ctx, positionals.flavor as string);
    const { compute, headers, flavor } = w;
    if (f.description) {
      if (!supports(compute, "2.55")) {
        throw new OscError(
          "The --description parameter requires server support for API microversion 2.55",
        );
      }
      await sdkCall(updateFlavorDescription(compute, flavor.id, f.description, headers));
    }
    if (f.noProperty) {
      await w.step("Failed to clear flavor properties", async () => {
        // find_flavor(get_extra_specs=True): the specs come with the flavor, or are fetched
        const specs = (flavor.extra_specs as Record<string, string> | undefined) ??
          await getFlavorExtraSpecs(compute, flavor.id, headers);
        for (const key of Object.keys(specs)) {
          await deleteFlavorExtraSpec(compute, flavor.id, key, headers);
        }
      });
    }
    if (Object.keys(properties).length) {
      await w.step("Failed to set flavor properties", async () => {
        await setFlavorExtraSpecs(compute, flavor.id, properties, headers);
      });
    }
    if (f.project) {
      await w.step("Failed to set flavor access to project", async () => {
        if (isPublic(flavor)) throw new OscError("Cannot set access for a public flavor");
        const tenant = (await projectId(ctx, f.project, f.projectDomain))!;
        await flavorTenantAccess(compute, flavor.id, "addTenantAccess", tenant, headers);
      });
    }
    w.finish();
  },
});
