import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { putItem, serviceProvider } from "../../resources/identity/federation.ts";

export default createCommand(serviceProvider, {
  summary: "Create a service provider",
  positionals: [{ name: "name", metavar: "<name>", help: "ID of the new service provider" }],
  flags: {
    authUrl: flag.string({
      metavar: "<auth-url>",
      required: true,
      help: "Where the provider takes federated tokens",
    }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    serviceProviderUrl: flag.string({
      metavar: "<sp-url>",
      required: true,
      help: "Where the provider takes SAML assertions",
    }),
    enable: flag.boolean({ group: "enable", help: "Enable the provider (the default)" }),
    disable: flag.boolean({ group: "enable", help: "Disable the provider" }),
  },
  wording: "plain",
  body: ({ flags: f }) => ({
    auth_url: f.authUrl,
    description: f.description ?? null,
    enabled: !f.disable,
    sp_url: f.serviceProviderUrl,
  }),
  create: ({ positionals, svc }, attrs) =>
    putItem(svc, serviceProvider, positionals.name as string, attrs),
});
