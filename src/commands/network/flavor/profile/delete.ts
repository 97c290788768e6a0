import { deleteCommand } from "../../../../kit/commands.ts";
import { serviceProfile } from "../../../../resources/network/service_profile.ts";

export default deleteCommand(serviceProfile, {
  summary: "Delete network flavor profiles",
  positional: { name: "profile", metavar: "<flavor-profile>", help: "Profiles (IDs)" },
  // python's total says "flavor_profiles", its lines "flavor profile with ID"
  noun: "flavor_profile",
  line: (item, why) => `Failed to delete flavor profile with ID '${item}': ${why}`,
});
