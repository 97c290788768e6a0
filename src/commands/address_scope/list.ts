import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { projectFlags } from "../../kit/flags.ts";
import { projectId } from "../../kit/shared.ts";
import { addressScope } from "../../resources/network/address_scope.ts";

export default listCommand(addressScope, {
  summary: "List address scopes",
  flags: {
    name: flag.string({ metavar: "<name>", help: "Only address scopes of this name" }),
    ipVersion: flag.integer({
      metavar: "<ip-version>",
      choices: ["4", "6"],
      help: "Only address scopes of this IP version (4 or 6)",
    }),
    ...projectFlags("Only address scopes of this project (name or ID)"),
    share: flag.boolean({ group: "share", help: "Only shared address scopes" }),
    noShare: flag.boolean({ group: "share", help: "Only address scopes not shared" }),
  },
  columns: [
    ["ID", "id"],
    ["Name", "name"],
    ["IP Version", "ip_version"],
    ["Shared", "is_shared"],
    ["Project", "project_id"],
  ],
  async query(f, ctx) {
    return {
      // python skips an empty name
      name: f.name || undefined,
      ip_version: f.ipVersion,
      shared: f.share ? "True" : f.noShare ? "False" : undefined,
      project_id: await projectId(ctx, f.project, f.projectDomain),
    };
  },
});
