import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { projectFlags } from "../../kit/flags.ts";
import { domainIdOf, identityFind, identityFindIn } from "../../kit/identity.ts";
import { enableFlags } from "../../kit/identity_flags.ts";
import { project } from "../../resources/identity/project.ts";
import { user } from "../../resources/identity/user.ts";
import {
  chosenPassword,
  passwordFlags,
  userOptionFlags,
  userOptions,
  warnNoPassword,
} from "./_user.ts";

export default createCommand(user, {
  summary: "Create a user",
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new user" }],
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the user (name or ID)" }),
    ...projectFlags("Default project (name or ID)"),
    ...passwordFlags,
    email: flag.string({ metavar: "<email-address>", help: "Email address" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    ...userOptionFlags,
    ...enableFlags("user (the default)"),
    orShow: flag.boolean({ help: "Show the user if it exists already" }),
  },
  wording: "plain",
  async body({ flags: f, positionals, ctx, svc }) {
    const projectId = f.project
      ? (await identityFindIn(svc, project, f.project, f.projectDomain)).id
      : undefined;
    const domainId = await domainIdOf(svc, f.domain);
    const password = await chosenPassword(ctx, f);
    if (!password) await warnNoPassword(ctx);
    return {
      name: positionals.name,
      domain_id: domainId,
      default_project_id: projectId,
      password,
      email: f.email,
      description: f.description,
      enabled: !f.disable,
      options: userOptions(f),
    };
  },
  async conflict({ flags: f, positionals, svc }) {
    if (!f.orShow) return undefined;
    const domainId = await domainIdOf(svc, f.domain);
    return await identityFind(svc, user, positionals.name as string, {
      domainId,
      forbiddenAsId: false,
    });
  },
});
