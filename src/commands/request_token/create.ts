import { flag } from "../../cli/flags.ts";
import { defineCommand } from "../../cli/command.ts";
import { bodyShowResult } from "../../kit/attrs.ts";
import { identityFind, identityFindIn } from "../../kit/identity.ts";
import { project } from "../../resources/identity/project.ts";
import { oauthTokenRequest } from "../../resources/identity/oauth1.ts";

export default defineCommand({
  summary: "Create an OAuth request token",
  output: "show",
  flags: {
    consumerKey: flag.string({
      metavar: "<consumer-key>",
      required: true,
      help: "Consumer key (its ID)",
    }),
    consumerSecret: flag.string({
      metavar: "<consumer-secret>",
      required: true,
      help: "Consumer secret",
    }),
    project: flag.string({
      metavar: "<project>",
      required: true,
      help: "Project the token is for (name or ID)",
    }),
    domain: flag.string({
      metavar: "<domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
  },
  async run({ flags: f }, ctx) {
    const identity = await ctx.service("identity");
    const projectId = f.domain
      ? (await identityFindIn(identity, project, f.project!, f.domain)).id
      : (await identityFind(identity, project, f.project!, { forbiddenAsId: false })).id;
    const token = await oauthTokenRequest(identity, "/OS-OAUTH1/request_token", {
      consumerKey: f.consumerKey!,
      consumerSecret: f.consumerSecret!,
      callback: "oob",
    }, { "requested-project-id": projectId });
    return bodyShowResult(token);
  },
});
