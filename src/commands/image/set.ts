import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import {
  imageAction,
  patchImage,
  type PatchOp,
  sdkFindImage,
  updateImageMember,
} from "../../api/image/images.ts";
import { sdkCall } from "../../api/sdk.ts";
import { projectFlags } from "../../kit/flags.ts";
import { projectId } from "../../kit/shared.ts";
import { keyValuePairs } from "../_common.ts";
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

const text = (metavar: string, help: string) => flag.string({ metavar, help });

export default defineCommand({
  summary: "Set image properties",
  flags: {
    name: text("<name>", "New name"),
    ...minFlags,
    containerFormat: flag.string({
      metavar: "<container-format>",
      choices: CONTAINER_FORMATS,
      help: `New container format: ${CONTAINER_FORMATS.join(", ")}`,
    }),
    diskFormat: flag.string({
      metavar: "<disk-format>",
      choices: DISK_FORMATS,
      help: `New disk format: ${DISK_FORMATS.join(", ")}`,
    }),
    ...protectedFlags,
    ...visibilityFlags,
    property: flag.list({ metavar: "<key=value>", help: "Property to set (repeatable)" }),
    tag: flag.list({ metavar: "<tag>", help: "Tag to add (repeatable)" }),
    architecture: text("<architecture>", "CPU architecture it runs on"),
    instanceId: text("<instance-id>", "ID of the server it was made from"),
    instanceUuid: flag.string({
      metavar: "<instance-id>",
      dest: "instanceId",
      hidden: true,
      help: "(old name of --instance-id)",
    }),
    kernelId: text("<kernel-id>", "ID of the kernel image that boots it"),
    osDistro: text("<os-distro>", "Operating system distribution"),
    osVersion: text("<os-version>", "Operating system version"),
    ramdiskId: text("<ramdisk-id>", "ID of the ramdisk image that boots it"),
    deactivate: flag.boolean({ group: "activation", help: "Deactivate the image" }),
    activate: flag.boolean({ group: "activation", help: "Reactivate the image" }),
    ...projectFlags("New owner project (name or ID); with --accept/--reject/--pending: the member"),
    visibility: deadFlag("visibility"),
    accept: flag.boolean({ group: "membership", help: "Accept the image shared with you" }),
    reject: flag.boolean({ group: "membership", help: "Reject the image shared with you" }),
    pending: flag.boolean({ group: "membership", help: "Set your membership back to pending" }),
    hidden: flag.boolean({ group: "hidden", help: "Leave the image out of default lists" }),
    unhidden: flag.boolean({ group: "hidden", help: "Show the image in default lists" }),
  },
  positionals: [{ name: "image", metavar: "<image>", help: "Image to change (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const properties = new Map(keyValuePairs(f.property));
    refuseDead([["visibility", f.visibility]]);
    const image = await ctx.service("image");
    const found = await sdkCall(sdkFindImage(image, positionals.image as string));
    let member = f.project ? await projectId(ctx, f.project, f.projectDomain) : undefined;

    if (f.deactivate) await sdkCall(imageAction(image, found.id, "deactivate"));
    if (f.activate) await sdkCall(imageAction(image, found.id, "reactivate"));

    const membership = f.accept
      ? "accepted"
      : f.reject
      ? "rejected"
      : f.pending
      ? "pending"
      : undefined;
    if (membership) {
      member ??= (await ctx.auth()).projectId;
      await sdkCall(updateImageMember(image, found.id, member!, membership));
    }

    // openstacksdk's attributes by their API keys; its JSON patch adds each, in key order
    const attrs = new Map<string, unknown>();
    const copy: [string, unknown][] = [
      ["architecture", f.architecture],
      ["container_format", f.containerFormat],
      ["disk_format", f.diskFormat],
      ["instance_id", f.instanceId],
      ["kernel_id", f.kernelId],
      ["min_disk", f.minDisk],
      ["min_ram", f.minRam],
      ["name", f.name],
      ["os_distro", f.osDistro],
      ["os_version", f.osVersion],
      ["ramdisk_id", f.ramdiskId],
    ];
    for (const [k, v] of copy) if (v !== undefined) attrs.set(k, v);
    for (const [k, v] of properties) attrs.set(k, v);
    const isProtected = protectedOf(f);
    if (isProtected !== undefined) attrs.set("protected", isProtected);
    const visibility = visibilityOf(f);
    if (visibility) attrs.set("visibility", visibility);
    if (f.project) attrs.set("owner", member);
    if (f.tag.length) {
      const current = Array.isArray(found.tags) ? found.tags as string[] : [];
      attrs.set("tags", [...new Set([...current, ...f.tag])]);
    }
    if (f.hidden || f.unhidden) attrs.set("os_hidden", f.hidden);
    if (!attrs.size) return;
    const ops: PatchOp[] = [...attrs.keys()].sort().map((k) => ({
      op: "add",
      path: `/${k}`,
      value: attrs.get(k),
    }));
    await sdkCall(patchImage(image, found.id, ops));
  },
});
