import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { projectFlags } from "../../kit/flags.ts";
import { projectId } from "../../kit/shared.ts";
import { addressScope } from "../../resources/network/address_scope.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";

export default createCommand(addressScope, {
  summary: "Create an address scope",
  flags: {
    extraProperty: extraPropertyFlag,
    ipVersion: flag.integer({
      metavar: "{4,6}",
      choices: ["4", "6"],
      default: 4,
      help: "IP version (default 4)",
    }),
    ...projectFlags(),
    share: flag.boolean({ group: "share", help: "Share it with every project" }),
    noShare: flag.boolean({ group: "share", help: "Keep it to its project (the default)" }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new address scope" }],
  async body({ flags: f, positionals, ctx }) {
    const extra = parseExtraProperties(f.extraProperty);
    return withExtraAttributes({
      name: positionals.name,
      ip_version: f.ipVersion ?? 4,
      ...(f.share ? { shared: true } : {}),
      ...(f.noShare ? { shared: false } : {}),
      ...(f.project !== undefined
        ? { project_id: await projectId(ctx, f.project, f.projectDomain) }
        : {}),
    }, extra);
  },
});
