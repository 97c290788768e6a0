import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { projectFlags } from "../../kit/flags.ts";
import { projectId } from "../../kit/shared.ts";
import { addressGroup } from "../../resources/network/address_group.ts";

export default listCommand(addressGroup, {
  summary: "List address groups",
  flags: {
    name: flag.string({ metavar: "<name>", help: "Only address groups of this name" }),
    ...projectFlags("Only address groups of this project (name or ID)"),
  },
  columns: [
    ["ID", "id"],
    ["Name", "name"],
    ["Description", "description"],
    ["Project", "project_id"],
    ["Addresses", "addresses"],
  ],
  async query(f, ctx) {
    return {
      name: f.name || undefined,
      project_id: await projectId(ctx, f.project, f.projectDomain),
    };
  },
});
