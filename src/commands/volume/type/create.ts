import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { objectIn } from "../../../http/errors.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import { projectFlags } from "../../../kit/flags.ts";
import { projectId } from "../../../kit/shared.ts";
import {
  createEncryption,
  logError,
  setExtraSpecs,
  typeAccess,
  volumeType,
  wantsEncryption,
} from "../../../resources/volume/volume_type.ts";
import { keyValuePairs } from "../../_common.ts";
import { encryptionFlags } from "./_flags.ts";

export default defineCommand({
  summary: "Create a volume type",
  output: "show",
  flags: {
    description: flag.string({ metavar: "<description>", help: "Description of the type" }),
    public: flag.boolean({ group: "public", help: "Usable by every project (the default)" }),
    private: flag.boolean({ group: "public", help: "Usable only by projects given access" }),
    property: flag.list({ metavar: "<key=value>", help: "Extra spec to set (repeatable)" }),
    ...projectFlags("Project to give access to the private type (name or ID; needs --private)"),
    ...encryptionFlags,
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new type" }],
  async run({ flags: f, positionals }, ctx) {
    const properties = f.property.length ? Object.fromEntries(keyValuePairs(f.property)) : null;
    if (f.project && !f.private) throw new OscError("--project is only allowed with --private");
    const svc = await ctx.service(volumeType.service);
    const res = await svc.request("/types", {
      method: "POST",
      json: {
        volume_type: {
          name: positionals.name,
          description: f.description ?? null,
          "os-volume-type-access:is_public": !f.private,
        },
      },
    });
    const info: Record<string, unknown> = objectIn(res.body, "volume_type", svc.type);
    delete info.extra_specs;
    const id = info.id as string;
    if (f.project) {
      try {
        await typeAccess(
          svc,
          id,
          "addProjectAccess",
          (await projectId(ctx, f.project, f.projectDomain))!,
        );
      } catch (e) {
        await logError(ctx, `Failed to add project ${f.project} access to type`, e);
      }
    }
    if (properties) info.properties = await setExtraSpecs(svc, id, properties);
    if (wantsEncryption(f)) {
      try {
        const { volume_type_id: _, ...encryption } = await createEncryption(svc, id, f);
        info.encryption = encryption;
      } catch (e) {
        // python then fails on the encryption it never got; the type is shown here
        await logError(ctx, "Failed to set encryption information for this volume type", e);
      }
    }
    delete info["os-volume-type-access:is_public"];
    return bodyShowResult(info, { format: { properties: "dict", encryption: "dict" } });
  },
});
