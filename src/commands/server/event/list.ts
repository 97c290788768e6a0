import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import type { Cell } from "../../../output/types.ts";
import { listInstanceActions } from "../../../api/compute/instance_actions.ts";
import { isIso8601 } from "../../../kit/pyformats.ts";
import { needsCompute } from "../_microversion.ts";
import { eventServerId } from "./_server.ts";

const COLUMNS: [string, string][] = [
  ["Request ID", "request_id"],
  ["Server ID", "instance_uuid"],
  ["Action", "action"],
  ["Start Time", "start_time"],
];
const LONG: [string, string][] = [
  ["Message", "message"],
  ["Project ID", "project_id"],
  ["User ID", "user_id"],
];

export default defineCommand({
  summary: "List a server's recent events (actions)",
  description:
    "List a server's recent events. From compute API 2.21 a deleted server's events are shown too, given its ID.",
  output: "list",
  flags: {
    long: flag.boolean({ help: "Add the message, project and user columns" }),
    changesSince: flag.string({
      metavar: "<changes-since>",
      help: "Only events changed at or after this ISO 8601 time (compute API 2.58 or later)",
    }),
    changesBefore: flag.string({
      metavar: "<changes-before>",
      help: "Only events changed at or before this ISO 8601 time (compute API 2.66 or later)",
    }),
    marker: flag.string({
      help: "Start after this event's request ID (compute API 2.58 or later)",
    }),
    limit: flag.integer({ help: "Show at most this many events (compute API 2.58 or later)" }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const mv = compute.microversion;
    const query: Record<string, string | number> = {};
    if (f.marker) {
      needsCompute(mv, "2.58", "the --marker option");
      query.marker = f.marker;
    }
    if (f.limit) {
      needsCompute(mv, "2.58", "the --limit option");
      query.limit = f.limit;
    }
    if (f.changesSince) {
      needsCompute(mv, "2.58", "the --changes-since option");
      if (!isIso8601(f.changesSince)) {
        throw new OscError(`Invalid changes-since value: ${f.changesSince}`);
      }
      query["changes-since"] = f.changesSince;
    }
    if (f.changesBefore) {
      needsCompute(mv, "2.66", "the --changes-before option");
      if (!isIso8601(f.changesBefore)) {
        throw new OscError(`Invalid changes-before value: ${f.changesBefore}`);
      }
      query["changes-before"] = f.changesBefore;
    }
    const id = await eventServerId(compute, positionals.server as string);
    const events = await listInstanceActions(compute, id, query);
    const columns = f.long ? [...COLUMNS, ...LONG] : COLUMNS;
    return {
      kind: "list",
      columns: columns.map(([c]) => c),
      // get_item_properties: a missing attribute is "", a null one stays None
      rows: events.map((e) => columns.map(([, k]) => (k in e ? e[k] : "") as Cell)),
    };
  },
});
