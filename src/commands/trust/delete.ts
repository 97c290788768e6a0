import { deleteCommand } from "../../kit/commands.ts";
import { trust } from "../../resources/identity/trust.ts";

export default deleteCommand(trust, {
  summary: "Delete trusts",
  positional: { name: "trusts", metavar: "<trust>", help: "Trusts (IDs)" },
  noun: "trust",
  wording: "plain",
});
