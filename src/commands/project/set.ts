import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { identityFindIn } from "../../kit/identity.ts";
import {
  enabledAttr,
  enableFlags,
  identityProperties,
  identityTagSetFlags,
  immutableFlags,
  immutableOptions,
  tagsUpdate,
} from "../../kit/identity_flags.ts";
import { project } from "../../resources/identity/project.ts";

export default updateCommand(project, {
  summary: "Change a project",
  positional: { name: "project", metavar: "<project>", help: "Project (name or ID)" },
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    domain: flag.string({ metavar: "<domain>", help: "Domain of the project (name or ID)" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    ...enableFlags("project"),
    property: flag.list({ metavar: "<key=value>", help: "Extra property (repeatable)" }),
    ...immutableFlags("project"),
    ...identityTagSetFlags("project"),
  },
  wording: "plain",
  find: ({ flags: f, svc }, nameOrId) => identityFindIn(svc, project, nameOrId, f.domain),
  // python sends the PATCH even when nothing changes
  body: ({ flags: f }, item) => {
    const options = immutableOptions(f);
    return {
      ...(f.name ? { name: f.name } : {}),
      ...(f.description ? { description: f.description } : {}),
      ...enabledAttr(f),
      ...(Object.keys(options).length ? { options } : {}),
      ...identityProperties(f.property),
      ...withTags(tagsUpdate(item.tags, f)),
    };
  },
});

function withTags(tags: string[] | undefined) {
  return tags ? { tags } : {};
}
