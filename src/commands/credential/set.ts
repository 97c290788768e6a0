import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { identityFind } from "../../kit/identity.ts";
import { credential } from "../../resources/identity/credential.ts";
import { project } from "../../resources/identity/project.ts";
import { user } from "../../resources/identity/user.ts";

export default updateCommand(credential, {
  summary: "Change a credential",
  positional: { name: "credential", metavar: "<credential-id>", help: "Credential ID" },
  flags: {
    user: flag.string({
      metavar: "<user>",
      required: true,
      help: "User owning the credential (name or ID)",
    }),
    type: flag.string({
      metavar: "<type>",
      required: true,
      help: "Credential type: cert, ec2, totp, ...",
    }),
    data: flag.string({ metavar: "<data>", required: true, help: "The credential's new data" }),
    project: flag.string({
      metavar: "<project>",
      help: "Project the credential is limited to (name or ID)",
    }),
  },
  wording: "plain",
  // python PATCHes the ID as typed, without looking it up
  find: (_w, id) => Promise.resolve({ id }),
  async body({ flags: f, svc }) {
    const userId = (await identityFind(svc, user, f.user!, { forbiddenAsId: false })).id;
    const projectId = f.project
      ? (await identityFind(svc, project, f.project, { forbiddenAsId: false })).id
      : undefined;
    return { user_id: userId, type: f.type, blob: f.data, project_id: projectId };
  },
});
