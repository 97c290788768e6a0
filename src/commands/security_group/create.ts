import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { projectFlags, tagCreateFlags } from "../../kit/flags.ts";
import { projectId, setTags } from "../../kit/shared.ts";
import { securityGroup } from "../../resources/network/security_group.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";

export default createCommand(securityGroup, {
  summary: "Create a security group",
  flags: {
    extraProperty: extraPropertyFlag,
    description: flag.string({ metavar: "<description>", help: "Description (default: the name)" }),
    ...projectFlags(),
    stateful: flag.boolean({ group: "stateful", help: "Track connections (the default)" }),
    stateless: flag.boolean({ group: "stateful", help: "Do not track connections" }),
    ...tagCreateFlags("group"),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new group" }],
  wording: "network-show",
  async body({ flags: f, positionals, ctx }) {
    const extra = parseExtraProperties(f.extraProperty);
    return withExtraAttributes({
      name: positionals.name,
      description: f.description ?? positionals.name,
      ...(f.stateful ? { stateful: true } : f.stateless ? { stateful: false } : {}),
      ...(f.project !== undefined
        ? { project_id: await projectId(ctx, f.project, f.projectDomain) }
        : {}),
    }, extra);
  },
  // Neutron takes no tags on create
  after: ({ flags: f, svc }, item) => setTags(svc, securityGroup, item, f),
});
