import { updateCommand } from "../../kit/commands.ts";
import { tagUnsetFlags } from "../../kit/flags.ts";
import { unsetTags } from "../../kit/shared.ts";
import { network } from "../../resources/network/network.ts";
import { extraPropertyFlag, parseExtraProperties } from "../_extra_property.ts";

export default updateCommand(network, {
  summary: "Clear network attributes and tags",
  positional: { name: "network", metavar: "<network>", help: "Network (name or ID)" },
  flags: { extraProperty: extraPropertyFlag, ...tagUnsetFlags("network") },
  // each --extra-property names an attribute set to null
  body: ({ flags: f }) => {
    const names = parseExtraProperties(f.extraProperty).map((p) => p.name);
    return names.length ? Object.fromEntries(names.map((n) => [n, null])) : undefined;
  },
  after: ({ flags: f, svc }, item) => unsetTags(svc, network, item, f),
});
