import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import type { Context } from "../../context.ts";
import { OscError } from "../../errors.ts";
import {
  createImageRecord,
  deleteImage,
  type Image,
  importImage,
  stageImageData,
  uploadImageData,
} from "../../api/image/images.ts";
import { sdkCall } from "../../api/sdk.ts";
import { uploadSource } from "../../kit/binary.ts";
import { projectFlags } from "../../kit/flags.ts";
import { projectId } from "../../kit/shared.ts";
import { withProgress } from "../../http/progress.ts";
import { keyValuePairs } from "../_common.ts";
import { imageApiKey, imageShow } from "./_image.ts";
import {
  CONTAINER_FORMATS,
  deadFlag,
  DISK_FORMATS,
  minFlags,
  protectedFlags,
  protectedOf,
  refuseDead,
  visibilityFlags,
  visibilityOf,
} from "./_write.ts";
import { imageFromVolume } from "./_volume.ts";

const INT_PROPERTIES = new Set(["min_disk", "min_ram", "size", "virtual_size"]);
const RAW_PROPERTIES = new Set(["is_protected", "tags"]);

/** python's str() of what a property holds. */
function pyStr(v: unknown): string {
  return v === true ? "True" : v === false ? "False" : String(v);
}

/** openstacksdk's _make_v2_image_params: ints, raw values, the rest as text. */
function v2Param(key: string, value: unknown): unknown {
  if (INT_PROPERTIES.has(key)) {
    const text = String(value).trim();
    if (!/^[-+]?\d+$/.test(text)) {
      throw new OscError(
        `Image creation failed: invalid literal for int() with base 10: '${String(value)}'`,
      );
    }
    return Number.parseInt(text, 10);
  }
  return RAW_PROPERTIES.has(key) || value === null ? value : pyStr(value);
}

export default defineCommand({
  summary: "Create an image, uploading its data from a file or stdin",
  output: "show",
  flags: {
    id: flag.string({ metavar: "<id>", help: "ID to give the image (default: a new UUID)" }),
    containerFormat: flag.string({
      metavar: "<container-format>",
      choices: CONTAINER_FORMATS,
      default: "bare",
      help: `Container format: ${CONTAINER_FORMATS.join(", ")} (default: bare)`,
    }),
    diskFormat: flag.string({
      metavar: "<disk-format>",
      choices: DISK_FORMATS,
      default: "raw",
      help: `Disk format: ${DISK_FORMATS.join(", ")} (default: raw)`,
    }),
    ...minFlags,
    file: flag.string({ metavar: "<file>", group: "source", help: "Local file with the data" }),
    volume: flag.string({
      metavar: "<volume>",
      group: "source",
      help: "Volume to copy the data from (name or ID)",
    }),
    force: flag.boolean({ help: "With --volume: copy even a volume in use" }),
    progress: flag.boolean({ help: "Show how much of the data is sent" }),
    signKeyPath: flag.string({
      metavar: "<sign-key-path>",
      help: "Private key to sign the data with (needs --sign-cert-id)",
    }),
    signCertId: flag.string({
      metavar: "<sign-cert-id>",
      help: "Key manager ID of the certificate matching --sign-key-path",
    }),
    ...protectedFlags,
    ...visibilityFlags,
    property: flag.list({ metavar: "<key=value>", help: "Property to set (repeatable)" }),
    tag: flag.list({ metavar: "<tag>", help: "Tag to set (repeatable)" }),
    ...projectFlags("Project to own the image (name or ID)"),
    import: flag.boolean({ help: "Send the data through Glance's image import" }),
    size: deadFlag("size"),
    location: deadFlag("location"),
    copyFrom: deadFlag("copy-from"),
    checksum: deadFlag("checksum"),
    store: deadFlag("store"),
  },
  positionals: [{ name: "name", metavar: "<image-name>", help: "Name of the new image" }],
  async run({ flags: f, positionals }, ctx) {
    // a dict: a later key wins, in its first place
    const properties = new Map(keyValuePairs(f.property));
    refuseDead([
      ["size", f.size],
      ["location", f.location],
      ["copy-from", f.copyFrom],
      ["checksum", f.checksum],
      ["store", f.store],
    ]);
    const name = positionals.name as string;
    if (f.volume) return await imageFromVolume(ctx, name, f);
    return await createWithData(ctx, name, f, properties);
  },
});

interface CreateFlags {
  id?: string;
  containerFormat?: string;
  diskFormat?: string;
  minDisk?: number;
  minRam?: number;
  file?: string;
  progress: boolean;
  signKeyPath?: string;
  signCertId?: string;
  protected: boolean;
  unprotected: boolean;
  public: boolean;
  private: boolean;
  community: boolean;
  shared: boolean;
  tag: string[];
  project?: string;
  projectDomain?: string;
  import: boolean;
}

async function createWithData(
  ctx: Context,
  name: string,
  f: CreateFlags,
  properties: Map<string, string>,
) {
  // the python client's keyword arguments, in its order (a property may override one)
  const kw = new Map<string, unknown>([["name", name]]);
  if (f.id) kw.set("id", f.id);
  kw.set("container_format", f.containerFormat);
  kw.set("disk_format", f.diskFormat);
  if (f.minDisk) kw.set("min_disk", f.minDisk);
  if (f.minRam) kw.set("min_ram", f.minRam);
  if (f.tag.length) kw.set("tags", f.tag);
  for (const [k, v] of properties) kw.set(k, v);
  const isProtected = protectedOf(f);
  if (isProtected !== undefined) kw.set("is_protected", isProtected);
  const visibility = visibilityOf(f);
  if (visibility) kw.set("visibility", visibility);
  if (f.project) kw.set("owner_id", await projectId(ctx, f.project, f.projectDomain));

  let source = await uploadSource(ctx, f.file);
  if (!source) {
    // openstacksdk: with no data, a name that is a file's path (or that plus ".qcow2") is the data
    const found = await nameAsFile(ctx, String(kw.get("name")));
    if (found) {
      kw.set("name", found.name);
      source = await uploadSource(ctx, found.file);
    }
  }
  if (f.signKeyPath || f.signCertId) {
    if (!f.file) {
      throw new OscError(
        "signing an image requires the --file option, passing files via stdin when signing is not supported.",
      );
    }
    if (!f.signKeyPath || !f.signCertId) {
      throw new OscError(
        "'sign-key-path' and 'sign-cert-id' must both be specified when attempting to sign an image.",
      );
    }
    // python asks the key's password on the terminal, and fails this way without one
    throw new OscError("Error during sign operation: private key could not be loaded.");
  }

  // openstacksdk's create_image: its own arguments out, the rest become properties
  const imageName = String(kw.get("name"));
  const body: Record<string, unknown> = {
    disk_format: kw.get("disk_format") || "qcow2",
    container_format: kw.get("container_format") || "bare",
  };
  const tags = kw.get("tags");
  if (tags && (!Array.isArray(tags) || tags.length)) body.tags = tags;
  for (const key of ["name", "container_format", "disk_format", "tags"]) kw.delete(key);
  kw.set("owner_specified.openstack.md5", "");
  kw.set("owner_specified.openstack.sha256", "");
  kw.set("owner_specified.openstack.object", `images/${imageName}`);
  for (const [k, v] of kw) body[imageApiKey(k)] = source ? v2Param(k, v) : v;
  body.name = imageName;

  const image = await ctx.service("image");
  const { image: created, importMethods } = await sdkCall(createImageRecord(image, body));
  if (source) await sendData(ctx, image, created, importMethods, source, f);
  return imageShow(created, false);
}

/** openstacksdk's _get_name_and_filename (its default image_format is qcow2). */
async function nameAsFile(
  ctx: Context,
  name: string,
): Promise<{ name: string; file: string } | undefined> {
  const path = (p: string) => p.startsWith("/") ? p : `${ctx.cwd}/${p}`;
  const base = (p: string) => p.slice(p.lastIndexOf("/") + 1);
  if (await ctx.fs.mode(path(name)) !== undefined) {
    const b = base(name);
    const dot = b.lastIndexOf(".");
    return { name: dot > 0 ? b.slice(0, dot) : b, file: path(name) };
  }
  if (await ctx.fs.mode(path(`${name}.qcow2`)) !== undefined) {
    return { name: base(name), file: path(`${name}.qcow2`) };
  }
  return undefined;
}

async function sendData(
  ctx: Context,
  image: Awaited<ReturnType<Context["service"]>>,
  created: Image,
  importMethods: string[],
  source: NonNullable<Awaited<ReturnType<typeof uploadSource>>>,
  f: CreateFlags,
): Promise<void> {
  if (f.import && !importMethods.includes("glance-direct")) {
    throw new OscError(
      "Importing image was requested but the cloud does not support the image import method.",
    );
  }
  const data = f.progress && source.file
    ? withProgress(source.data, {
      total: source.size,
      label: "Uploading",
      sink: ctx.stderrIsTerminal?.() ? ctx.stderr : undefined,
      now: ctx.now,
    })
    : source.data;
  try {
    if (f.import) {
      await stageImageData(image, created.id, data);
      await importImage(image, created.id, "glance-direct");
    } else {
      await uploadImageData(image, created.id, data);
    }
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    // openstacksdk removes the image whose data failed, then reports the failure
    await deleteImage(image, created.id).catch(() => {});
    throw await sdkCall(Promise.reject(e)).catch((err) => err);
  }
}
