import { profileCommand } from "../_profiles.ts";

export default profileCommand("remove", "Remove a flavor profile from a network flavor");
