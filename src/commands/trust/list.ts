import { listCommand } from "../../kit/commands.ts";
import { trust } from "../../resources/identity/trust.ts";

export default listCommand(trust, {
  summary: "List trusts",
  flags: {},
  columns: [
    ["ID", "id"],
    ["Expires At", "expires_at"],
    ["Impersonation", "impersonation"],
    ["Project ID", "project_id"],
    ["Trustee User ID", "trustee_user_id"],
    ["Trustor User ID", "trustor_user_id"],
  ],
  wording: "plain",
});
