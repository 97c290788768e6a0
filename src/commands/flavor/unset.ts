import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { deleteFlavorExtraSpec, flavorTenantAccess } from "../../api/compute/flavors.ts";
import { projectFlags } from "../../kit/flags.ts";
import { projectId } from "../../kit/shared.ts";
import { flavorWrite, isPublic } from "./_write.ts";

export default defineCommand({
  summary: "Unset flavor properties or access",
  flags: {
    property: flag.list({ metavar: "<key>", help: "Extra spec to remove (repeatable)" }),
    ...projectFlags("Project to take access to the private flavor from (name or ID; admin only)"),
  },
  positionals: [{ name: "flavor", metavar: "<flavor>", help: "Flavor to change (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const w = await flavorWrite(ctx, positionals.flavor as string);
    const { compute, headers, flavor } = w;
    for (const key of f.property) {
      await w.step("Failed to unset flavor property", async () => {
        await deleteFlavorExtraSpec(compute, flavor.id, key, headers);
      });
    }
    if (f.project) {
      await w.step("Failed to remove flavor access from project", async () => {
        if (isPublic(flavor)) throw new OscError("Cannot remove access for a public flavor");
        const tenant = (await projectId(ctx, f.project, f.projectDomain))!;
        await flavorTenantAccess(compute, flavor.id, "removeTenantAccess", tenant, headers);
      });
    }
    w.finish();
  },
});
