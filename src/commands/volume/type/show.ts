import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { listColumn } from "../../../columns/format.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import {
  findVolumeType,
  getEncryption,
  logError,
  typeAccessList,
} from "../../../resources/volume/volume_type.ts";

export default defineCommand({
  summary: "Show a volume type",
  output: "show",
  flags: {
    encryptionType: flag.boolean({ help: "Show the type's encryption too (admin only)" }),
  },
  positionals: [{ name: "volumeType", metavar: "<volume-type>", help: "Type (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const { extra_specs, ...info }: Record<string, unknown> = await findVolumeType(
      svc,
      positionals.volumeType as string,
    );
    info.properties = extra_specs ?? {};
    info.access_project_ids = null;
    if (!info.is_public) {
      try {
        info.access_project_ids = await typeAccessList(svc, info.id as string);
      } catch (e) {
        await logError(ctx, `Failed to get access project list for volume type ${info.id}`, e);
      }
    }
    if (f.encryptionType) {
      try {
        const { volume_type_id: _, ...encryption } = await getEncryption(svc, info.id as string);
        info.encryption = encryption;
      } catch (e) {
        await logError(ctx, "Failed to display the encryption information of this volume type", e);
      }
    }
    delete info["os-volume-type-access:is_public"];
    return bodyShowResult(info, {
      format: {
        properties: "dict",
        encryption: "dict",
        access_project_ids: (v) => v === null ? null : listColumn(v as string[]),
      },
    });
  },
});
