import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { projectFlags } from "../../kit/flags.ts";
import { domainIdOf, identityFind, identityFindIn, tokenResourceId } from "../../kit/identity.ts";
import { enabledAttr, enableFlags } from "../../kit/identity_flags.ts";
import { project } from "../../resources/identity/project.ts";
import { user } from "../../resources/identity/user.ts";
import {
  chosenPassword,
  passwordFlags,
  userOptionFlags,
  userOptions,
  warnNoPassword,
} from "./_user.ts";

export default updateCommand(user, {
  summary: "Change a user",
  positional: { name: "user", metavar: "<user>", help: "User (name or ID)" },
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    domain: flag.string({ metavar: "<domain>", help: "Domain of the user (name or ID)" }),
    ...projectFlags("New default project (name or ID)"),
    ...passwordFlags,
    email: flag.string({ metavar: "<email-address>", help: "New email address" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    ...userOptionFlags,
    ...enableFlags("user"),
  },
  wording: "plain",
  async find({ flags: f, ctx, svc }, nameOrId) {
    // python asks for the password before it looks anything up
    (f as { password?: string }).password = await chosenPassword(ctx, f);
    if (f.password === "") await warnNoPassword(ctx);
    if (!f.domain) return await identityFind(svc, user, nameOrId, { forbiddenAsId: false });
    const named = await tokenResourceId(ctx, svc, "user", nameOrId, f.domain);
    const domainId = await domainIdOf(svc, f.domain);
    return await identityFind(svc, user, named, { domainId, forbiddenAsId: false });
  },
  async body({ flags: f, svc }, item) {
    const projectId = f.project
      ? (await identityFindIn(svc, project, f.project, f.projectDomain)).id
      : undefined;
    const options = userOptions(f);
    return {
      ...(f.name ? { name: f.name } : {}),
      ...(f.email ? { email: f.email } : {}),
      ...(f.password ? { password: f.password } : {}),
      ...(f.description ? { description: f.description } : {}),
      ...(projectId ? { default_project_id: projectId } : {}),
      ...(item.enabled !== undefined && item.enabled !== null ? { enabled: item.enabled } : {}),
      ...enabledAttr(f),
      ...(Object.keys(options).length ? { options } : {}),
    };
  },
});
