import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import {
  createFlavor,
  flavorTenantAccess,
  sdkFlavorHeaders,
  setFlavorExtraSpecs,
} from "../../api/compute/flavors.ts";
import { sdkCall } from "../../api/sdk.ts";
import { logLine } from "../../http/errors.ts";
import { sdkError } from "../../kit/bulk.ts";
import { projectFlags } from "../../kit/flags.ts";
import { projectId } from "../../kit/shared.ts";
import { showResult } from "../../kit/attrs.ts";
import { supports } from "../../kit/versions.ts";
import { flavor } from "../../resources/compute/flavor.ts";
import { computeVersionPinned, keyValuePairs } from "../_common.ts";

const int = (metavar: string, help: string) => flag.integer({ metavar, help });

export default defineCommand({
  summary: "Create a flavor",
  output: "show",
  flags: {
    id: flag.string({ metavar: "<id>", help: "Flavor ID (default: a new UUID)" }),
    ram: int("<size-mb>", "Memory in MB (default 256)"),
    disk: int("<size-gb>", "Root disk in GB (default 0)"),
    ephemeral: int("<size-gb>", "Ephemeral disk in GB (default 0)"),
    swap: int("<size-mb>", "Swap in MB (default 0)"),
    vcpus: int("<vcpus>", "Number of vCPUs (default 1)"),
    rxtxFactor: flag.float({ metavar: "<factor>", help: "RX/TX factor (default 1.0)" }),
    public: flag.boolean({ group: "public", help: "Usable by every project (default)" }),
    private: flag.boolean({ group: "public", help: "Usable only by the projects given access" }),
    property: flag.list({ metavar: "<key=value>", help: "Extra spec to set (repeatable)" }),
    ...projectFlags("Project to give access to a private flavor (name or ID; admin only)"),
    description: flag.string({
      metavar: "<description>",
      help: "Description (compute microversion 2.55 or later)",
    }),
  },
  positionals: [{ name: "name", metavar: "<flavor-name>", help: "Name of the new flavor" }],
  async run({ flags: f, positionals }, ctx) {
    const properties = Object.fromEntries(keyValuePairs(f.property));
    const isPublic = !f.private;
    if (f.project && isPublic) throw new OscError("--project is only allowed with --private");
    const compute = await ctx.service("compute");
    const headers = sdkFlavorHeaders(compute, computeVersionPinned(ctx));
    // openstacksdk's attribute order, an unset id sent as null
    const body: Record<string, unknown> = {
      id: f.id ?? null,
      vcpus: f.vcpus ?? 1,
      "os-flavor-access:is_public": isPublic,
      rxtx_factor: f.rxtxFactor ?? 1.0,
      ram: f.ram ?? 256,
      disk: f.disk ?? 0,
      name: positionals.name,
      swap: f.swap ?? 0,
      "OS-FLV-EXT-DATA:ephemeral": f.ephemeral ?? 0,
    };
    if (f.description) {
      if (!supports(compute, "2.55")) {
        throw new OscError(
          "The --description parameter requires server support for API microversion 2.55",
        );
      }
      body.description = f.description;
    }
    const made = await sdkCall(createFlavor(compute, body, headers));
    if (f.project) {
      try {
        const tenant = (await projectId(ctx, f.project, f.projectDomain))!;
        await flavorTenantAccess(compute, made.id, "addTenantAccess", tenant, headers);
      } catch (e) {
        await ctx.stderr.write(
          logLine(`Failed to add project ${f.project} access to flavor: ${sdkError(e)}`) + "\n",
        );
      }
    }
    if (Object.keys(properties).length) {
      try {
        made.extra_specs = await setFlavorExtraSpecs(compute, made.id, properties, headers);
      } catch (e) {
        await ctx.stderr.write(logLine(`Failed to set flavor properties: ${sdkError(e)}`) + "\n");
      }
    }
    return showResult(flavor.attrs, made);
  },
});
