import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { objectIn } from "../../../http/errors.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import { domainIdOf, identityFind } from "../../../kit/identity.ts";
import { project } from "../../../resources/identity/project.ts";
import { ec2Path, ec2Show, ec2User, userDomainFlag } from "./_ec2.ts";

export default defineCommand({
  summary: "Create EC2 credentials",
  output: "show",
  flags: {
    project: flag.string({
      metavar: "<project>",
      help: "Project of the credentials (name or ID; default: the token's project)",
    }),
    user: flag.string({
      metavar: "<user>",
      help: "User of the credentials (name or ID; default: the token's user)",
    }),
    ...userDomainFlag,
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
  },
  async run({ flags: f }, ctx) {
    const identity = await ctx.service("identity");
    const userId = await ec2User(ctx, identity, f);
    const domainId = await domainIdOf(identity, f.projectDomain);
    const projectId = f.project
      ? (await identityFind(identity, project, f.project, { domainId, forbiddenAsId: false })).id
      : (await ctx.auth()).projectId;
    const res = await identity.request(ec2Path(userId), {
      method: "POST",
      json: { tenant_id: projectId ?? null },
    });
    return bodyShowResult(objectIn(res.body, "credential", "identity"), ec2Show);
  },
});
