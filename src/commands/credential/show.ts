import { showCommand } from "../../kit/commands.ts";
import { credential } from "../../resources/identity/credential.ts";

export default showCommand(credential, {
  summary: "Show a credential",
  positional: { name: "credential", metavar: "<credential-id>", help: "Credential ID" },
  wording: "plain",
});
