import { createCommand } from "../../../../kit/commands.ts";
import { projectFlags } from "../../../../kit/flags.ts";
import { projectId } from "../../../../kit/shared.ts";
import { serviceProfile } from "../../../../resources/network/service_profile.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../../_extra_property.ts";
import { profileBody, profileFlags, requireDriverOrMetainfo } from "./_flags.ts";

export default createCommand(serviceProfile, {
  summary: "Create a network flavor profile",
  flags: {
    extraProperty: extraPropertyFlag,
    ...projectFlags("Project to own the profile (name or ID)"),
    ...profileFlags,
  },
  positionals: [],
  keepSent: true,
  async body({ flags: f, ctx }) {
    const extra = parseExtraProperties(f.extraProperty);
    const attrs = withExtraAttributes({
      ...profileBody(f),
      ...(f.project !== undefined
        ? { project_id: await projectId(ctx, f.project, f.projectDomain) }
        : {}),
    }, extra);
    requireDriverOrMetainfo(f);
    return attrs;
  },
});
