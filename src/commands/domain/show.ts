import { showCommand } from "../../kit/commands.ts";
import { findItem } from "../../kit/resource.ts";
import { tokenResourceId } from "../../kit/identity.ts";
import { domain } from "../../resources/identity/domain.ts";

export default showCommand(domain, {
  summary: "Show a domain",
  positional: { name: "domain", metavar: "<domain>", help: "Domain (name or ID)" },
  wording: "plain",
  find: async ({ ctx, svc }, nameOrId) =>
    await findItem(svc, domain, await tokenResourceId(ctx, svc, "domain", nameOrId)),
});
