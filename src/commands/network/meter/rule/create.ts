import { flag } from "../../../../cli/flags.ts";
import { createCommand } from "../../../../kit/commands.ts";
import { projectFlags } from "../../../../kit/flags.ts";
import { findItem } from "../../../../kit/resource.ts";
import { projectId } from "../../../../kit/shared.ts";
import { meteringLabel } from "../../../../resources/network/metering_label.ts";
import { meteringLabelRule } from "../../../../resources/network/metering_label_rule.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../../_extra_property.ts";
import { warnRemoteIpPrefix } from "./_warn.ts";

const prefix = (help: string) => flag.string({ metavar: "<remote-ip-prefix>", help });

export default createCommand(meteringLabelRule, {
  summary: "Create a network meter rule",
  flags: {
    extraProperty: extraPropertyFlag,
    ...projectFlags("Project to own the rule (name or ID)"),
    exclude: flag.boolean({ group: "exclude", help: "Leave the prefix out of the count" }),
    include: flag.boolean({ group: "exclude", help: "Count the prefix (the default)" }),
    ingress: flag.boolean({ group: "direction", help: "Count incoming traffic (the default)" }),
    egress: flag.boolean({ group: "direction", help: "Count outgoing traffic" }),
    remoteIpPrefix: prefix("Remote IP prefix the rule matches"),
    sourceIpPrefix: prefix("Source IP prefix the rule matches"),
    destinationIpPrefix: prefix("Destination IP prefix the rule matches"),
  },
  positionals: [{ name: "meter", metavar: "<meter>", help: "Meter of the rule (name or ID)" }],
  keepSent: true,
  async body({ flags: f, positionals, ctx, svc }) {
    const extra = parseExtraProperties(f.extraProperty);
    const meter = await findItem(svc, meteringLabel, positionals.meter as string);
    // the rule object python makes of these attributes warns before it is sent
    if (f.remoteIpPrefix) await warnRemoteIpPrefix(ctx, [{ remote_ip_prefix: f.remoteIpPrefix }]);
    return withExtraAttributes({
      ...(f.exclude ? { excluded: true } : f.include ? { excluded: false } : {}),
      direction: f.egress ? "egress" : "ingress",
      ...(f.remoteIpPrefix !== undefined ? { remote_ip_prefix: f.remoteIpPrefix } : {}),
      ...(f.sourceIpPrefix !== undefined ? { source_ip_prefix: f.sourceIpPrefix } : {}),
      ...(f.destinationIpPrefix !== undefined
        ? { destination_ip_prefix: f.destinationIpPrefix }
        : {}),
      metering_label_id: meter.id,
      ...(f.project !== undefined
        ? { project_id: await projectId(ctx, f.project, f.projectDomain) }
        : {}),
    }, extra);
  },
  after: async ({ ctx }, item) => {
    await warnRemoteIpPrefix(ctx, [item]);
    return item;
  },
});
