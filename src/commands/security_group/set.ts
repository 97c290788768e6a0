import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { tagSetFlags } from "../../kit/flags.ts";
import { setTags } from "../../kit/shared.ts";
import { securityGroup } from "../../resources/network/security_group.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";

export default updateCommand(securityGroup, {
  summary: "Change a security group",
  positional: { name: "group", metavar: "<group>", help: "Security group (name or ID)" },
  flags: {
    extraProperty: extraPropertyFlag,
    name: flag.string({ metavar: "<new-name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    stateful: flag.boolean({ group: "stateful", help: "Track connections" }),
    stateless: flag.boolean({ group: "stateful", help: "Do not track connections" }),
    ...tagSetFlags("group"),
  },
  body: ({ flags: f }) =>
    withExtraAttributes({
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.stateful ? { stateful: true } : f.stateless ? { stateful: false } : {}),
    }, parseExtraProperties(f.extraProperty)),
  after: async ({ flags: f, svc }, item) => void await setTags(svc, securityGroup, item, f),
});
