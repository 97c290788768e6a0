import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { identityFind } from "../../kit/identity.ts";
import { credential } from "../../resources/identity/credential.ts";
import { project } from "../../resources/identity/project.ts";
import { user } from "../../resources/identity/user.ts";

export default createCommand(credential, {
  summary: "Create a credential",
  positionals: [
    { name: "user", metavar: "<user>", help: "User owning the credential (name or ID)" },
    { name: "data", metavar: "<data>", help: "The credential's data" },
  ],
  flags: {
    type: flag.string({
      metavar: "<type>",
      default: "cert",
      help: "Credential type: cert, ec2, totp, ... (default cert)",
    }),
    project: flag.string({
      metavar: "<project>",
      help: "Project the credential is limited to (name or ID)",
    }),
  },
  wording: "plain",
  async body({ flags: f, positionals, svc }) {
    const userId = (await identityFind(svc, user, positionals.user as string, {
      forbiddenAsId: false,
    })).id;
    const projectId = f.project
      ? (await identityFind(svc, project, f.project, { forbiddenAsId: false })).id
      : undefined;
    return { user_id: userId, type: f.type, blob: positionals.data, project_id: projectId };
  },
});
