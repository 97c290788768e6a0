import { showCommand } from "../../kit/commands.ts";
import { trust } from "../../resources/identity/trust.ts";

export default showCommand(trust, {
  summary: "Show a trust",
  positional: { name: "trust", metavar: "<trust>", help: "Trust (ID)" },
  wording: "plain",
});
