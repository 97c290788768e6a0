import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { CliError } from "../../cli/errors.ts";
import { findIdentity } from "../../api/identity/find.ts";
import { listProjects, type Project } from "../../api/identity/projects.ts";
import type { Query } from "../../http/client.ts";
import { sortItems } from "../_sort.ts";

const ATTR: Record<string, string> = {
  "ID": "id",
  "Name": "name",
  "Domain ID": "domain_id",
  "Description": "description",
  "Enabled": "enabled",
};

export default defineCommand({
  summary: "List projects",
  output: "list",
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Filter projects by <domain> (name or ID)" }),
    parent: flag.string({
      metavar: "<parent>",
      help: "Filter projects whose parent is <parent> (name or ID)",
    }),
    user: flag.string({ metavar: "<user>", help: "Filter projects by <user> (name or ID)" }),
    myProjects: flag.boolean({
      help: "List projects for the authenticated user. Supersedes other filters.",
    }),
    long: flag.boolean({ help: "List additional fields in output" }),
    sort: flag.string({
      metavar: "<key>[:<direction>]",
      help:
        "Sort output by selected keys and directions (asc or desc) (default: asc), repeat this option to specify multiple keys and directions.",
    }),
    tags: flag.string({
      metavar: "<tag>[,<tag>,...]",
      help: "List projects which have all given tag(s) (Comma-separated list of tags)",
    }),
    tagsAny: flag.string({
      metavar: "<tag>[,<tag>,...]",
      help: "List projects which have any given tag(s) (Comma-separated list of tags)",
    }),
    notTags: flag.string({
      metavar: "<tag>[,<tag>,...]",
      help: "Exclude projects which have all given tag(s) (Comma-separated list of tags)",
    }),
    notTagsAny: flag.string({
      metavar: "<tag>[,<tag>,...]",
      help: "Exclude projects which have any given tag(s) (Comma-separated list of tags)",
    }),
  },
  async run({ flags }, ctx) {
    const columns = flags.long
      ? ["ID", "Name", "Domain ID", "Description", "Enabled"]
      : ["ID", "Name"];
    const identity = await ctx.service("identity");
    let domainId: string | undefined;
    let parentId: string | undefined;
    let userId: string | undefined;
    if (flags.domain) domainId = (await findIdentity(identity, "domain", flags.domain)).id;
    if (flags.parent) parentId = (await findIdentity(identity, "project", flags.parent)).id;
    if (flags.user) {
      userId = (await findIdentity(identity, "user", flags.user, {
        domainId,
        forbiddenAsId: false,
      })).id;
    }
    const filters: Query = {
      tags: flags.tags || undefined,
      "tags-any": flags.tagsAny || undefined,
      "not-tags": flags.notTags || undefined,
      "not-tags-any": flags.notTagsAny || undefined,
    };
    // --my-projects supersedes the other filters
    const query = flags.myProjects
      ? { userId: (await ctx.auth()).userId, filters: {} }
      : { domainId, parentId, userId, filters };
    const unfiltered = !flags.myProjects && !domainId && !parentId && !userId &&
      Object.values(filters).every((v) => v === undefined);
    let projects: Project[];
    try {
      projects = await listProjects(identity, query);
    } catch (e) {
      // a user who may not list all projects gets their own
      if (!unfiltered || (e as { status?: number }).status !== 403) throw e;
      const me = (await ctx.auth()).userId;
      if (!me) throw e;
      projects = await listProjects(identity, { userId: me });
    }
    projects = sortItems(projects, flags.sort, (p, key) => {
      if (!(key in p)) throw new CliError(`Resource doesn't have field ${key}`);
      return p[key];
    });
    return {
      kind: "list",
      columns,
      rows: projects.map((p) => columns.map((c) => (ATTR[c] in p ? p[ATTR[c]] : "") as string)),
    };
  },
});
