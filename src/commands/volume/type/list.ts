import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { formatDict } from "../../../columns/format.ts";
import { objectIn } from "../../../http/errors.ts";
import { applyFormat } from "../../../kit/attrs.ts";
import { listAll } from "../../../kit/resource.ts";
import { formatted } from "../../../output/types.ts";
import { getEncryption, volumeType } from "../../../resources/volume/volume_type.ts";

/** What python leaves out of each encryption type it lists. */
const DROPPED = ["deleted", "created_at", "updated_at", "deleted_at", "volume_type_id"];

export default defineCommand({
  summary: "List volume types",
  output: "list",
  flags: {
    long: flag.boolean({ help: "Show descriptions and properties too" }),
    default: flag.boolean({ group: "public", help: "Only the default type" }),
    public: flag.boolean({ group: "public", help: "Only public types" }),
    private: flag.boolean({ group: "public", help: "Only private types (admin only)" }),
    encryptionType: flag.boolean({ help: "Show each type's encryption (admin only)" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service(volumeType.service);
    const types = f.default
      ? [
        objectIn<Record<string, unknown>>(await svc.get("/types/default"), "volume_type", svc.type),
      ]
      : await listAll(svc, volumeType, {
        is_public: f.public ? "True" : f.private ? "False" : "None",
      });
    const columns = f.long
      ? ["ID", "Name", "Is Public", "Description", "Properties"]
      : ["ID", "Name", "Is Public"];
    const keys = f.long
      ? ["id", "name", "is_public", "description", "extra_specs"]
      : ["id", "name", "is_public"];
    let encryption: Map<string, Record<string, unknown>> | undefined;
    if (f.encryptionType) {
      // cinderclient lists every type again, then asks each for its encryption
      encryption = new Map();
      for (const t of await listAll(svc, volumeType, { is_public: "None" })) {
        const e = await getEncryption(svc, t.id);
        if (!("volume_type_id" in e)) continue;
        const id = e.volume_type_id as string;
        for (const k of DROPPED) delete e[k];
        encryption.set(id, e);
      }
      columns.push("Encryption");
    }
    return {
      kind: "list",
      columns,
      rows: types.map((t) => {
        const row = keys.map((k) =>
          k === "extra_specs" ? applyFormat("dict", t[k] ?? "", t) : (k in t ? t[k] : "") as never
        );
        if (encryption) {
          const e = encryption.get(t.id as string);
          row.push(formatted(e && Object.keys(e).length ? formatDict(e) : "-", e ?? null));
        }
        return row;
      }),
    };
  },
});
