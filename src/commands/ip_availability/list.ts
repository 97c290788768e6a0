import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { projectFlags } from "../../kit/flags.ts";
import { projectId } from "../../kit/shared.ts";
import { ipAvailability } from "../../resources/network/ip_availability.ts";

export default listCommand(ipAvailability, {
  summary: "List how many IPs each network has and uses",
  flags: {
    ipVersion: flag.integer({
      metavar: "<ip-version>",
      choices: ["4", "6"],
      default: 4,
      help: "Only networks of this IP version (default 4)",
    }),
    ...projectFlags("Only networks of this project (name or ID)"),
  },
  columns: [
    ["Network ID", "network_id"],
    ["Network Name", "network_name"],
    ["Total IPs", "total_ips"],
    ["Used IPs", "used_ips"],
  ],
  async query(f, ctx) {
    return {
      ip_version: f.ipVersion ?? 4,
      project_id: f.project ? await projectId(ctx, f.project, f.projectDomain) : undefined,
    };
  },
});
