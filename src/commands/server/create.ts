import { defineCommand } from "../../cli/command.ts";
import { OscError } from "../../errors.ts";
import { createServer, getServer, type Server } from "../../api/compute/servers.ts";
import { findFlavor } from "../../api/compute/flavors.ts";
import { sdkFindImage } from "../../api/image/images.ts";
import { findSnapshot, findVolume } from "../../api/volume/volumes.ts";
import { sdkFindSecurityGroup } from "../../api/network/ports.ts";
import { cmpCodePoints } from "../../output/pyrepr.ts";
import { keyValuePairs } from "../_common.ts";
import { createFlags } from "./_create_flags.ts";
import { detailNames, serverDetail } from "./_detail.ts";
import { fileBase64 } from "./_files.ts";
import { waitForActive } from "./_wait.ts";
import { parseNic, resolveNics } from "./_nics.ts";
import {
  type Bdm,
  extraBlockDevices,
  parseBlockDevice,
  parseEphemeral,
  parseLegacyBdm,
} from "./_block_devices.ts";
import { imageByProperties } from "./_image_property.ts";
import { computeAtLeast, needsCompute } from "./_microversion.ts";

/** The deprecated --config-drive's value as novaclient sends it (undefined: not sent). */
function configDrive(value: string | undefined, use: boolean): true | string | undefined {
  if (value === undefined) return use || undefined;
  const lower = value.toLowerCase();
  if (lower === "true" || lower === "1") return true;
  if (["false", "0", "", "none"].includes(lower)) return undefined;
  return value; // a volume
}

export default defineCommand({
  summary: "Create a new server",
  output: "show",
  flags: createFlags,
  positionals: [{ name: "server_name", metavar: "<server-name>", help: "Name of the new server" }],
  async run({ flags: f, positionals }, ctx) {
    // argparse's order: what its actions check while parsing, then required options
    const nicArgs = f.nic.map(parseNic);
    const legacyBdms = f.blockDeviceMapping.map(parseLegacyBdm);
    const blockDevices: Bdm[] = [];
    for (const b of f.blockDevice) blockDevices.push(await parseBlockDevice(ctx.fs, b));
    const ephemerals = f.ephemeral.map(parseEphemeral);
    const properties = Object.fromEntries(keyValuePairs(f.property));
    const imageProperties = Object.fromEntries(keyValuePairs(f.imageProperty));
    const hints: Record<string, string | string[]> = {};
    for (const [k, v] of keyValuePairs(f.hint)) {
      const prev = hints[k];
      hints[k] = prev === undefined ? v : [...(Array.isArray(prev) ? prev : [prev]), v];
    }

    const compute = await ctx.service("compute");
    const mv = compute.microversion;
    const name = positionals.server_name as string;

    // lookups in python's order, each failing as python's does; "" counts as not given
    let imageId: string | undefined;
    if (f.image) imageId = (await sdkFindImage(await ctx.service("image"), f.image)).id;
    if (!imageId && Object.keys(imageProperties).length) {
      const warn = (t: string) => ctx.stderr.write(t);
      imageId = (await imageByProperties(await ctx.service("image"), imageProperties, warn)).id;
    }
    let volumeId: string | undefined;
    if (f.volume) {
      if (f.bootFromVolume) { // python tests truthiness: 0 is "not given"
        throw new OscError("--volume is not allowed with --boot-from-volume");
      }
      volumeId = (await findVolume(await ctx.service("block-storage"), f.volume)).id;
    }
    let snapshotId: string | undefined;
    if (f.snapshot) {
      if (f.bootFromVolume) {
        throw new OscError("--snapshot is not allowed with --boot-from-volume");
      }
      snapshotId = (await findSnapshot(await ctx.service("block-storage"), f.snapshot)).id;
    }
    const flavor = await findFlavor(compute, f.flavor!); // required by the parser
    if (f.file.length && computeAtLeast(mv, "2.57")) {
      throw new OscError(
        "Personality files are deprecated and are not supported for " +
          "--os-compute-api-version greater than 2.56; use user data instead",
      );
    }
    const files = new Map<string, string>();
    for (const entry of f.file) {
      const eq = entry.indexOf("=");
      if (eq < 0) throw new OscError("not enough values to unpack (expected 2, got 1)");
      files.set(entry.slice(0, eq), await fileBase64(ctx, entry.slice(eq + 1), true));
    }
    const min = f.min ?? 1;
    const max = f.max ?? 1;
    if (min > max) throw new OscError("min instances should be <= max instances");
    if (min < 1) throw new OscError("min instances should be > 0");
    if (max < 1) throw new OscError("max instances should be > 0");
    // python reads user data as text and sends its UTF-8 bytes, base64-encoded
    const userData = f.userData ? await fileBase64(ctx, f.userData, false) : undefined;
    if (f.description && !computeAtLeast(mv, "2.19")) {
      throw new OscError(
        "Description is not supported for --os-compute-api-version less than 2.19",
      );
    }

    const bdm: Bdm[] = [];
    if (volumeId) {
      bdm.push({
        uuid: volumeId,
        boot_index: "0",
        source_type: "volume",
        destination_type: "volume",
      });
    } else if (snapshotId) {
      bdm.push({
        uuid: snapshotId,
        boot_index: "0",
        source_type: "snapshot",
        destination_type: "volume",
        delete_on_termination: false,
      });
    } else if (f.bootFromVolume) {
      bdm.push({
        uuid: imageId,
        boot_index: "0",
        source_type: "image",
        destination_type: "volume",
        volume_size: f.bootFromVolume,
      });
      imageId = undefined; // the volume is the root disk: no image for Nova
    }
    bdm.push(
      ...await extraBlockDevices(
        { swap: f.swap, ephemerals, legacy: legacyBdms, blockDevices },
        {
          volume: async (v) => (await findVolume(await ctx.service("block-storage"), v)).id,
          snapshot: async (s) => (await findSnapshot(await ctx.service("block-storage"), s)).id,
          image: async (i) => (await sdkFindImage(await ctx.service("image"), i)).id,
        },
        mv,
      ),
    );

    const networks = await resolveNics(ctx, nicArgs, mv);
    const groups: string[] = [];
    if (f.securityGroup.length) {
      const network = await ctx.service("network");
      for (const g of f.securityGroup) groups.push((await sdkFindSecurityGroup(network, g)).id);
    }
    const drive = configDrive(f.configDrive, f.useConfigDrive);
    if (f.tag.length) needsCompute(mv, "2.52", "the --tag option");
    if (f.host) needsCompute(mv, "2.74", "the --host option");
    if (f.hypervisorHostname) needsCompute(mv, "2.74", "the --hypervisor-hostname option");
    if (f.hostname) needsCompute(mv, "2.90", "the --hostname option");
    if (f.trustedImageCert.length) {
      if (!imageId) {
        throw new OscError(
          "--trusted-image-cert option is only supported for servers booted directly from images",
        );
      }
      needsCompute(mv, "2.63", "the --trusted-image-cert option");
    }

    // novaclient's request body
    const server: Record<string, unknown> = {
      name,
      imageRef: imageId ?? "",
      flavorRef: String(flavor.id),
    };
    if (userData) server.user_data = userData;
    if (Object.keys(properties).length) server.metadata = properties;
    if (f.keyName) server.key_name = f.keyName;
    if (drive) server.config_drive = drive;
    if (f.password) server.adminPass = f.password;
    server.min_count = min;
    server.max_count = max;
    if (groups.length) server.security_groups = groups.map((g) => ({ name: g }));
    if (files.size) {
      server.personality = [...files].sort(([a], [b]) => cmpCodePoints(a, b))
        .map(([path, contents]) => ({ path, contents }));
    }
    if (f.availabilityZone) server.availability_zone = f.availabilityZone;
    if (bdm.length) {
      // novaclient puts the image first, so that --image and block devices go together
      if (imageId) {
        bdm.unshift({
          uuid: imageId,
          source_type: "image",
          destination_type: "local",
          boot_index: 0,
          delete_on_termination: true,
        });
      }
      server.block_device_mapping_v2 = bdm;
    }
    // novaclient passes nics only when truthy: an empty list sends no "networks"
    if (networks.length) server.networks = networks;
    if (f.description) server.description = f.description;
    if (f.tag.length) server.tags = f.tag;
    if (f.trustedImageCert.length) server.trusted_image_certificates = f.trustedImageCert;
    if (f.host) server.host = f.host;
    if (f.hypervisorHostname) server.hypervisor_hostname = f.hypervisorHostname;
    if (f.hostname) server.hostname = f.hostname;
    const body: Record<string, unknown> = { server };
    if (Object.keys(hints).length) body["os:scheduler_hints"] = hints;

    const created = await createServer(compute, body);
    if (f.wait) {
      if (await waitForActive(ctx, () => getServer(compute, created.id))) {
        await ctx.stdout.write("\n");
      } else {
        // python says so on both streams (and then exits 0; we exit 1)
        await ctx.stdout.write("Error creating server\n");
        throw new OscError(`Error creating server: ${name}`);
      }
    }

    // python's _prep_server_detail(refresh=True): the POST answer updated by a GET
    const shown: Server = { ...created, ...await getServer(compute, created.id) };
    return serverDetail(shown, await detailNames(ctx, compute, shown));
  },
});
