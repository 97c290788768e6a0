import { flag } from "../../../../cli/flags.ts";
import { updateCommand } from "../../../../kit/commands.ts";
import { serviceProfile } from "../../../../resources/network/service_profile.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../../_extra_property.ts";
import { profileBody, profileFlags } from "./_flags.ts";

export default updateCommand(serviceProfile, {
  summary: "Change a network flavor profile",
  positional: { name: "profile", metavar: "<flavor-profile>", help: "Profile (ID)" },
  flags: {
    extraProperty: extraPropertyFlag,
    // python offers it but has no --project here to use it with
    projectDomain: flag.string({ metavar: "<project-domain>", help: "Accepted and ignored" }),
    ...profileFlags,
  },
  body: ({ flags: f }) => {
    const attrs = withExtraAttributes(profileBody(f), parseExtraProperties(f.extraProperty));
    // openstacksdk sends nothing when nothing changes
    return Object.keys(attrs).length ? attrs : undefined;
  },
});
