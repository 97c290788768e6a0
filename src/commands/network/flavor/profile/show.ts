import { showCommand } from "../../../../kit/commands.ts";
import { serviceProfile } from "../../../../resources/network/service_profile.ts";

export default showCommand(serviceProfile, {
  summary: "Show a network flavor profile",
  positional: { name: "profile", metavar: "<flavor-profile>", help: "Profile (ID)" },
});
