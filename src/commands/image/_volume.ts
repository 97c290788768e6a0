/** image create --volume: Cinder copies a volume into a new image (cinderclient's upload_to_image). */
import type { Context } from "../../context.ts";
import { OscError } from "../../errors.ts";
import { findVolume, uploadVolumeToImage } from "../../api/volume/volumes.ts";
import type { Cell, ShowResult } from "../../output/types.ts";

export interface VolumeImageFlags {
  id?: string;
  minDisk?: number;
  minRam?: number;
  file?: string;
  force: boolean;
  progress: boolean;
  signKeyPath?: string;
  signCertId?: string;
  property: string[];
  tag: string[];
  project?: string;
  import: boolean;
  containerFormat?: string;
  diskFormat?: string;
  public: boolean;
  private: boolean;
  community: boolean;
  shared: boolean;
  protected: boolean;
  unprotected: boolean;
  volume?: string;
}

/** Options python warns about (and ignores) with --volume, named as its message names them. */
function ignored(f: VolumeImageFlags): string[] {
  const given: [string, unknown][] = [
    ["id", f.id],
    ["min_disk", f.minDisk],
    ["min_ram", f.minRam],
    ["file", f.file],
    ["force", f.force],
    ["progress", f.progress],
    ["sign_key_path", f.signKeyPath],
    ["sign_cert_id", f.signCertId],
    ["properties", f.property.length],
    ["tags", f.tag.length],
    ["project", f.project],
    ["import", f.import],
  ];
  return given.filter(([, v]) => v).map(([n]) => n);
}

function atLeast(version: string | undefined, major: number, minor: number): boolean {
  const m = /^(\d+)\.(\d+)$/.exec(version ?? "");
  if (!m) return false;
  return Number(m[1]) > major || (Number(m[1]) === major && Number(m[2]) >= minor);
}

export async function imageFromVolume(
  ctx: Context,
  name: string,
  f: VolumeImageFlags,
): Promise<ShowResult> {
  // python words each warning from its set of option names, in no fixed order
  for (const opt of ignored(f)) {
    await ctx.stderr.write(
      `'--${opt}' was given, which is not supported when creating an image from a volume. ` +
        "This will be an error in a future version.\n",
    );
  }
  const volume = await ctx.service("block-storage");
  const source = await findVolume(volume, f.volume!);
  const visibility = f.public
    ? "public"
    : f.private
    ? "private"
    : f.community
    ? "community"
    : f.shared
    ? "shared"
    : undefined;
  const info: Record<string, unknown> = {
    force: f.force,
    image_name: name,
    container_format: f.containerFormat,
    disk_format: f.diskFormat,
  };
  if (!atLeast(volume.microversion, 3, 1)) {
    if (visibility || f.protected || f.unprotected) {
      throw new OscError(
        "--os-volume-api-version 3.1 or greater is required to support the --public, " +
          "--private, --community, --shared or --protected option.",
      );
    }
  } else {
    info.visibility = visibility ?? "private";
    info.protected = f.protected;
  }
  const made = await uploadVolumeToImage(volume, source.id, info);
  const type = made.volume_type;
  made.volume_type = typeof type === "object" && type !== null
    ? (type as Record<string, unknown>).name ?? null
    : null;
  const fields = Object.keys(made).sort();
  return { kind: "show", fields, values: fields.map((k) => made[k] as Cell) };
}
