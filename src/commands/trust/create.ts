import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { identityFind, identityFindIn } from "../../kit/identity.ts";
import { keystoneExpiry } from "../../kit/isotime.ts";
import { project } from "../../resources/identity/project.ts";
import { role } from "../../resources/identity/role.ts";
import { trust } from "../../resources/identity/trust.ts";
import { user } from "../../resources/identity/user.ts";

export default createCommand(trust, {
  summary: "Create a trust",
  positionals: [
    { name: "trustor", metavar: "<trustor-user>", help: "User delegating (name or ID)" },
    { name: "trustee", metavar: "<trustee-user>", help: "User trusted (name or ID)" },
  ],
  flags: {
    project: flag.string({
      metavar: "<project>",
      required: true,
      help: "Project the trust is for (name or ID)",
    }),
    role: flag.list({
      metavar: "<role>",
      required: true,
      help: "Role to delegate (name or ID; repeatable)",
    }),
    impersonate: flag.boolean({ help: "Let the trustee act as the trustor" }),
    expiration: flag.string({
      metavar: "<expiration>",
      help: "Expiry, as YYYY-mm-ddTHH:MM:SS (default: never)",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
    trustorDomain: flag.string({
      metavar: "<trustor-domain>",
      help: "Domain of the trustor (name or ID)",
    }),
    trusteeDomain: flag.string({
      metavar: "<trustee-domain>",
      help: "Domain of the trustee (name or ID)",
    }),
  },
  wording: "plain",
  async body({ flags: f, positionals, svc }) {
    const trustor = await identityFindIn(svc, user, positionals.trustor as string, f.trustorDomain);
    const trustee = await identityFindIn(svc, user, positionals.trustee as string, f.trusteeDomain);
    const projectId = (await identityFindIn(svc, project, f.project!, f.projectDomain)).id;
    const roles = [];
    // a role the user may not look up is sent as typed
    for (const r of f.role) roles.push({ id: (await identityFind(svc, role, r)).id });
    const expires = f.expiration ? keystoneExpiry(f.expiration) : undefined;
    return {
      expires_at: expires,
      impersonation: f.impersonate,
      project_id: projectId,
      roles: roles.length ? roles : undefined,
      trustee_user_id: trustee.id,
      trustor_user_id: trustor.id,
    };
  },
});
