import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { domainIdOf, identityFind } from "../../kit/identity.ts";
import {
  enableFlags,
  identityProperties,
  identityTagCreateFlags,
  immutableFlags,
  immutableOptions,
  uniqueTags,
} from "../../kit/identity_flags.ts";
import { project } from "../../resources/identity/project.ts";

/** python turns a --property is_domain of true/false/none (any case) into the JSON value. */
function isDomain(v: string): unknown {
  const l = v.toLowerCase();
  return l === "true" ? true : l === "false" ? false : l === "none" ? null : v;
}

export default createCommand(project, {
  summary: "Create a project",
  positionals: [{ name: "name", metavar: "<project-name>", help: "Name of the new project" }],
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the project (name or ID)" }),
    parent: flag.string({ metavar: "<project>", help: "Parent project (name or ID)" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    ...enableFlags("project (the default)"),
    property: flag.list({ metavar: "<key=value>", help: "Extra property (repeatable)" }),
    orShow: flag.boolean({ help: "Show the project if it exists already" }),
    ...immutableFlags("project"),
    ...identityTagCreateFlags("project"),
  },
  wording: "plain",
  async body({ flags: f, positionals, svc }) {
    const props: Record<string, unknown> = identityProperties(f.property);
    if ("is_domain" in props) props.is_domain = isDomain(props.is_domain as string);
    const domainId = await domainIdOf(svc, f.domain);
    const parentId = f.parent
      ? (await identityFind(svc, project, f.parent, { forbiddenAsId: false })).id
      : undefined;
    return {
      domain_id: domainId,
      name: positionals.name,
      description: f.description,
      parent_id: parentId,
      enabled: !f.disable,
      options: immutableOptions(f),
      ...props,
      tags: uniqueTags(f.tag),
    };
  },
  async conflict({ flags: f, positionals, svc }) {
    if (!f.orShow) return undefined;
    const domainId = await domainIdOf(svc, f.domain);
    return await identityFind(svc, project, positionals.name as string, {
      domainId,
      forbiddenAsId: false,
    });
  },
});
