import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import type { Query } from "../../http/client.ts";
import type { ServiceClient } from "../../http/service.ts";
import { listResult } from "../../kit/attrs.ts";
import { domainIdOf, identityFind } from "../../kit/identity.ts";
import { type Item, listAll } from "../../kit/resource.ts";
import { project } from "../../resources/identity/project.ts";
import { user } from "../../resources/identity/user.ts";
import { sortItems } from "../_sort.ts";

/** keystoneclient's projects.list(user=…) reads /users/{user}/projects. */
function listProjects(identity: ServiceClient, userId: string | undefined, query: Query) {
  const r = userId
    ? { ...project, path: `/users/${encodeURIComponent(userId)}/projects` }
    : project;
  return listAll(identity, r, query);
}

export default defineCommand({
  summary: "List projects",
  output: "list",
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Only projects of this domain (name or ID)" }),
    parent: flag.string({
      metavar: "<parent>",
      help: "Only children of this project (name or ID)",
    }),
    user: flag.string({
      metavar: "<user>",
      help: "Only projects this user has a role on (name or ID)",
    }),
    myProjects: flag.boolean({
      help: "Only your own projects (other filters are ignored)",
    }),
    long: flag.boolean({ help: "Show more columns" }),
    sort: flag.string({
      metavar: "<key>[:<direction>]",
      help: "Sort by key, asc (default) or desc (repeatable)",
    }),
    tags: flag.string({
      metavar: "<tag>[,<tag>,...]",
      help: "Only projects having all of these tags (comma-separated)",
    }),
    tagsAny: flag.string({
      metavar: "<tag>[,<tag>,...]",
      help: "Only projects having any of these tags (comma-separated)",
    }),
    notTags: flag.string({
      metavar: "<tag>[,<tag>,...]",
      help: "Leave out projects having all of these tags (comma-separated)",
    }),
    notTagsAny: flag.string({
      metavar: "<tag>[,<tag>,...]",
      help: "Leave out projects having any of these tags (comma-separated)",
    }),
  },
  async run({ flags }, ctx) {
    const columns = flags.long
      ? [
        ["ID", "id"],
        ["Name", "name"],
        ["Domain ID", "domain_id"],
        ["Description", "description"],
        ["Enabled", "enabled"],
      ] as const
      : [["ID", "id"], ["Name", "name"]] as const;
    const identity = await ctx.service("identity");
    const domainId = await domainIdOf(identity, flags.domain);
    const parentId = flags.parent
      ? (await identityFind(identity, project, flags.parent)).id
      : undefined;
    const userId = flags.user
      ? (await identityFind(identity, user, flags.user, { domainId, forbiddenAsId: false })).id
      : undefined;
    const filters: Query = {
      tags: flags.tags || undefined,
      "tags-any": flags.tagsAny || undefined,
      "not-tags": flags.notTags || undefined,
      "not-tags-any": flags.notTagsAny || undefined,
    };
    // --my-projects supersedes the other filters
    const mine = flags.myProjects ? (await ctx.auth()).userId : undefined;
    const unfiltered = !flags.myProjects && !domainId && !parentId && !userId &&
      Object.values(filters).every((v) => v === undefined);
    let projects: Item[];
    try {
      projects = flags.myProjects
        ? await listProjects(identity, mine, {})
        : await listProjects(identity, userId, {
          domain_id: domainId,
          parent_id: parentId,
          ...filters,
        });
    } catch (e) {
      // a user who may not list all projects gets their own
      if (!unfiltered || (e as { status?: number }).status !== 403) throw e;
      const me = (await ctx.auth()).userId;
      if (!me) throw e;
      projects = await listProjects(identity, me, {});
    }
    projects = sortItems(projects, flags.sort, (p, key) => {
      if (!(key in p)) throw new OscError(`Resource doesn't have field ${key}`);
      return p[key];
    });
    return listResult(project.attrs, projects, columns);
  },
});
