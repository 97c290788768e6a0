import { flag } from "../../cli/flags.ts";
import { showCommand } from "../../kit/commands.ts";
import type { Item } from "../../kit/resource.ts";
import { objectIn } from "../../http/errors.ts";
import { domainIdOf, identityFind, tokenResourceId } from "../../kit/identity.ts";
import { project } from "../../resources/identity/project.ts";

export default showCommand(project, {
  summary: "Show a project",
  positional: { name: "project", metavar: "<project>", help: "Project (name or ID)" },
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the project (name or ID)" }),
    parents: flag.boolean({ help: "Show the IDs of the parent projects" }),
    children: flag.boolean({ help: "Show the IDs of the child projects" }),
  },
  wording: "plain",
  async find({ flags: f, ctx, svc }, nameOrId) {
    const named = await tokenResourceId(ctx, svc, "project", nameOrId, f.domain);
    const domainId = await domainIdOf(svc, f.domain);
    const found = await identityFind(svc, project, named, { domainId, forbiddenAsId: false });
    if (!f.parents && !f.children) return found;
    // key-only query parameters
    const keys = [f.parents && "parents_as_ids", f.children && "subtree_as_ids"].filter(Boolean);
    const path = `/projects/${encodeURIComponent(found.id)}?${keys.join("&")}`;
    return objectIn<Item>((await svc.request(path)).body, "project", "identity");
  },
});
