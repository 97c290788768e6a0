import { flag } from "../../../cli/flags.ts";
import { createCommand } from "../../../kit/commands.ts";
import { projectFlags } from "../../../kit/flags.ts";
import { projectId } from "../../../kit/shared.ts";
import { meteringLabel } from "../../../resources/network/metering_label.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../_extra_property.ts";

export default createCommand(meteringLabel, {
  summary: "Create a network meter",
  flags: {
    extraProperty: extraPropertyFlag,
    description: flag.string({ metavar: "<description>", help: "Description of the meter" }),
    ...projectFlags("Project to own the meter (name or ID)"),
    share: flag.boolean({ group: "share", help: "Share the meter with every project" }),
    noShare: flag.boolean({ group: "share", help: "Keep the meter to its project" }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new meter" }],
  keepSent: true,
  async body({ flags: f, positionals, ctx }) {
    const extra = parseExtraProperties(f.extraProperty);
    return withExtraAttributes({
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.project !== undefined
        ? { project_id: await projectId(ctx, f.project, f.projectDomain) }
        : {}),
      ...(f.share ? { shared: true } : f.noShare ? { shared: false } : {}),
      name: positionals.name,
    }, extra);
  },
});
