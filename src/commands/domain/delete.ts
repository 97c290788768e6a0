import { deleteCommand } from "../../kit/commands.ts";
import { domain } from "../../resources/identity/domain.ts";

export default deleteCommand(domain, {
  summary: "Delete domains (disable them first)",
  positional: { name: "domain", metavar: "<domain>", help: "Domains (names or IDs)" },
  noun: "domain",
  wording: "plain",
});
