import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { findVolume, volumeAction } from "../../api/volume/volumes.ts";
import { findVolumeType } from "../../resources/volume/volume_type.ts";
import { warn } from "../../cli/verbosity.ts";
import { failureSteps } from "../../kit/steps.ts";
import { supports } from "../../kit/versions.ts";
import { keyValuePairs } from "../_common.ts";
import {
  deleteVolumeMetadata,
  setVolumeMetadata,
  updateVolume,
} from "../../api/volume/metadata.ts";

const STATES = [
  "available",
  "error",
  "creating",
  "deleting",
  "in-use",
  "attaching",
  "detaching",
  "error_deleting",
  "maintenance",
];

export default defineCommand({
  summary: "Change a volume's name, size, properties, state or type",
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    size: flag.integer({ metavar: "<size>", help: "Grow the volume to this size (GiB)" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    noProperty: flag.boolean({
      help: "Remove every property first (with --property: replace them)",
    }),
    property: flag.list({ metavar: "<key=value>", help: "Property to set (repeatable)" }),
    imageProperty: flag.list({
      metavar: "<key=value>",
      help: "Image property to set (repeatable)",
    }),
    state: flag.string({
      metavar: "<state>",
      choices: STATES,
      help: "Force the state recorded in the database (admin only; nothing is checked)",
    }),
    attached: flag.boolean({
      group: "attach",
      help: 'Record the volume as "attached" (admin only; nothing is checked)',
    }),
    detached: flag.boolean({
      group: "attach",
      help: 'Record the volume as "detached" (admin only; nothing is checked)',
    }),
    type: flag.string({ metavar: "<volume-type>", help: "New volume type (name or ID)" }),
    retypePolicy: flag.string({
      metavar: "<retype-policy>",
      choices: ["never", "on-demand"],
      help: "Whether a retype may migrate the volume (with --type; default never)",
    }),
    bootable: flag.boolean({ group: "bootable", help: "Mark the volume bootable" }),
    nonBootable: flag.boolean({ group: "bootable", help: "Mark the volume not bootable" }),
    readOnly: flag.boolean({ group: "access", help: "Make the volume read-only" }),
    readWrite: flag.boolean({ group: "access", help: "Make the volume read-write" }),
  },
  positionals: [{ name: "volume", metavar: "<volume>", help: "Volume to change (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    // argparse runs KeyValueAction while parsing
    const properties = f.property.length ? Object.fromEntries(keyValuePairs(f.property)) : null;
    const imageProperties = f.imageProperty.length
      ? Object.fromEntries(keyValuePairs(f.imageProperty))
      : null;
    const svc = await ctx.service("block-storage");
    const volume = await findVolume(svc, positionals.volume as string);
    const id = volume.id;
    const steps = failureSteps(ctx);

    if (f.size) {
      await steps.step("Failed to set volume size", async () => {
        if (f.size! <= Number(volume.size)) {
          throw new OscError(`New size must be greater than ${volume.size} GB`);
        }
        if (volume.status !== "available" && !supports(svc, "3.42")) {
          throw new OscError(
            `Volume is in ${volume.status} state, it must be available before size can be extended`,
          );
        }
        await volumeAction(svc, id, "os-extend", { new_size: f.size });
      });
    }
    if (f.noProperty) {
      await steps.step(
        "Failed to clean volume properties",
        () =>
          deleteVolumeMetadata(
            svc,
            id,
            Object.keys((volume.metadata ?? {}) as Record<string, unknown>),
          ),
      );
    }
    if (properties) {
      await steps.step(
        "Failed to set volume property",
        () => setVolumeMetadata(svc, id, properties),
      );
    }
    if (imageProperties) {
      await steps.step(
        "Failed to set image property",
        () => volumeAction(svc, id, "os-set_image_metadata", { metadata: imageProperties }),
      );
    }
    if (f.state) {
      await steps.step(
        "Failed to set volume state",
        () => volumeAction(svc, id, "os-reset_status", { status: f.state }),
      );
    }
    if (f.attached || f.detached) {
      await steps.step(
        "Failed to set volume attach-status",
        () =>
          volumeAction(svc, id, "os-reset_status", {
            attach_status: f.attached ? "attached" : "detached",
          }),
      );
    }
    if (f.bootable || f.nonBootable) {
      await steps.step(
        "Failed to set volume bootable property",
        () => volumeAction(svc, id, "os-set_bootable", { bootable: f.bootable }),
      );
    }
    if (f.readOnly || f.readWrite) {
      await steps.step(
        "Failed to set volume read-only access mode flag",
        () => volumeAction(svc, id, "os-update_readonly_flag", { readonly: f.readOnly }),
      );
    }
    if (f.type) {
      await steps.step("Failed to set volume type", async () => {
        const type = await findVolumeType(svc, f.type!);
        await volumeAction(svc, id, "os-retype", {
          new_type: type.id,
          migration_policy: f.retypePolicy || "never",
        });
      });
    } else if (f.retypePolicy) {
      await warn(ctx, "'--retype-policy' option will not work without '--type' option");
    }
    const changes: Record<string, string> = {};
    if (f.name) changes.display_name = f.name;
    if (f.description) changes.display_description = f.description;
    if (Object.keys(changes).length) {
      await steps.step(
        "Failed to update volume display name or display description",
        () => updateVolume(svc, id, changes),
      );
    }
    steps.finish("One or more of the set operations failed");
  },
});
