import { defineCommand } from "../../cli/command.ts";
import {
  getFlavorAccess,
  getFlavorExtraSpecs,
  sdkFindFlavor,
  sdkFlavorHeaders,
} from "../../api/compute/flavors.ts";
import { sdkCall, sdkErrorText } from "../../api/sdk.ts";
import { HttpError } from "../../http/errors.ts";
import { computeVersionPinned } from "../_common.ts";
import { flavorAttr, flavorShow } from "./_flavor.ts";

export default defineCommand({
  summary: "Display flavor details",
  output: "show",
  flags: {},
  positionals: [{ name: "flavor", metavar: "<flavor>", help: "Flavor to show (name or ID)" }],
  async run({ positionals }, ctx) {
    const compute = await ctx.service("compute");
    const headers = sdkFlavorHeaders(compute, computeVersionPinned(ctx));
    const flavor = await sdkCall(sdkFindFlavor(compute, positionals.flavor as string, headers));
    if (!("extra_specs" in flavor)) {
      flavor.extra_specs = await sdkCall(getFlavorExtraSpecs(compute, flavor.id, headers));
    }
    let access: string[] | null = null;
    if (!flavorAttr(flavor, "is_public")) {
      try {
        access = (await getFlavorAccess(compute, flavor.id, headers)).map((a) => a.tenant_id);
      } catch (e) {
        const why = e instanceof HttpError ? sdkErrorText(e) : (e as Error).message;
        await ctx.stderr.write(
          `Failed to get access projects list for flavor '${positionals.flavor}': ${why}\n`,
        );
      }
    }
    return flavorShow(flavor, access);
  },
});
