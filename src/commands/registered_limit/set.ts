import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { shown } from "../../kit/commands.ts";
import { findService, limitRegionId } from "../../kit/identity.ts";
import { updateItem } from "../../kit/resource.ts";
import { registeredLimit } from "../../resources/identity/limit.ts";

export default defineCommand({
  summary: "Change a registered limit",
  output: "show",
  flags: {
    service: flag.string({ metavar: "<service>", help: "New service (type, name or ID)" }),
    resourceName: flag.string({ metavar: "<resource-name>", help: "New resource" }),
    defaultLimit: flag.integer({ metavar: "<default-limit>", help: "New default limit" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    region: flag.string({ metavar: "<region>", help: "New region (ID)" }),
  },
  positionals: [{ name: "id", metavar: "<registered-limit-id>", help: "Registered limit (ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("identity");
    const serviceId = f.service ? (await findService(svc, f.service)).id : undefined;
    const regionId = await limitRegionId(svc, f.region);
    // the ID as typed, without a lookup; what was not given is not sent
    const item = await updateItem(svc, registeredLimit, positionals.id as string, {
      service_id: serviceId,
      resource_name: f.resourceName,
      default_limit: f.defaultLimit,
      description: f.description,
      region_id: regionId,
    });
    return shown(registeredLimit, item);
  },
});
