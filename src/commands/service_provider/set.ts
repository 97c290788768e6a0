import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { enabledAttr } from "../../kit/identity_flags.ts";
import { serviceProvider } from "../../resources/identity/federation.ts";

export default updateCommand(serviceProvider, {
  summary: "Change a service provider",
  positional: { name: "provider", metavar: "<service-provider>", help: "Service provider (ID)" },
  flags: {
    authUrl: flag.string({ metavar: "<auth-url>", help: "New URL for federated tokens" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    serviceProviderUrl: flag.string({ metavar: "<sp-url>", help: "New URL for SAML assertions" }),
    enable: flag.boolean({ group: "enable", help: "Enable the provider" }),
    disable: flag.boolean({ group: "enable", help: "Disable the provider" }),
  },
  wording: "plain",
  // python PATCHes the ID as typed, without looking it up
  find: (_w, id) => Promise.resolve({ id }),
  body: ({ flags: f }) => ({
    ...enabledAttr(f),
    description: f.description,
    auth_url: f.authUrl,
    sp_url: f.serviceProviderUrl,
  }),
});
