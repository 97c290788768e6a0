import { flag } from "../../../cli/flags.ts";
import { createCommand } from "../../../kit/commands.ts";
import { projectFlags } from "../../../kit/flags.ts";
import { projectId } from "../../../kit/shared.ts";
import { networkFlavor } from "../../../resources/network/network_flavor.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../_extra_property.ts";

export default createCommand(networkFlavor, {
  summary: "Create a network flavor",
  flags: {
    extraProperty: extraPropertyFlag,
    serviceType: flag.string({
      metavar: "<service-type>",
      required: true,
      help:
        "Service type the flavor is for, e.g. L3_ROUTER_NAT (see network service provider list)",
    }),
    description: flag.string({ help: "Description of the flavor" }),
    ...projectFlags("Project to own the flavor (name or ID)"),
    enable: flag.boolean({ group: "enable", help: "Enabled (the default)" }),
    disable: flag.boolean({ group: "enable", help: "Disabled" }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new flavor" }],
  keepSent: true,
  async body({ flags: f, positionals, ctx }) {
    const extra = parseExtraProperties(f.extraProperty);
    return withExtraAttributes({
      name: positionals.name,
      service_type: f.serviceType,
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.enable ? { enabled: true } : f.disable ? { enabled: false } : {}),
      ...(f.project !== undefined
        ? { project_id: await projectId(ctx, f.project, f.projectDomain) }
        : {}),
    }, extra);
  },
});
