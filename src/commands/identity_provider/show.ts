import { showCommand } from "../../kit/commands.ts";
import { findItem } from "../../kit/resource.ts";
import { identityProvider } from "../../resources/identity/federation.ts";

export default showCommand(identityProvider, {
  summary: "Show an identity provider",
  positional: { name: "provider", metavar: "<identity-provider>", help: "Identity provider (ID)" },
  wording: "plain",
  // find_resource(…, id=x): the name search carries id=x too
  find: ({ svc }, x) => findItem(svc, identityProvider, x, { id: x }),
});
