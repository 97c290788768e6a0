import { profileCommand } from "../_profiles.ts";

export default profileCommand("add", "Add a flavor profile to a network flavor");
