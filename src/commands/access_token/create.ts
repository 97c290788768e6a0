import { flag } from "../../cli/flags.ts";
import { defineCommand } from "../../cli/command.ts";
import { bodyShowResult } from "../../kit/attrs.ts";
import { oauthTokenRequest } from "../../resources/identity/oauth1.ts";

export default defineCommand({
  summary: "Create an OAuth access token",
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
    requestKey: flag.string({
      metavar: "<request-key>",
      required: true,
      help: "Request token key",
    }),
    requestSecret: flag.string({
      metavar: "<request-secret>",
      required: true,
      help: "Request token secret",
    }),
    verifier: flag.string({
      metavar: "<verifier>",
      required: true,
      help: "Verifier from the request token's authorization",
    }),
  },
  async run({ flags: f }, ctx) {
    const identity = await ctx.service("identity");
    const token = await oauthTokenRequest(identity, "/OS-OAUTH1/access_token", {
      consumerKey: f.consumerKey!,
      consumerSecret: f.consumerSecret!,
      token: f.requestKey!,
      tokenSecret: f.requestSecret!,
      verifier: f.verifier!,
    });
    return bodyShowResult(token);
  },
});
