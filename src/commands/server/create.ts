import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { CliError, UsageError } from "../../cli/errors.ts";
import { createServer, getServer, type Server } from "../../api/compute/servers.ts";
import { findFlavor } from "../../api/compute/flavors.ts";
import { sdkFindImage } from "../../api/image/images.ts";
import { findVolume } from "../../api/volume/volumes.ts";
import { sdkFindNetwork } from "../../api/network/networks.ts";
import { sdkFindPort, sdkFindSecurityGroup } from "../../api/network/ports.ts";
import { compareVersions } from "../../http/microversion.ts";
import { keyValuePairs } from "../_common.ts";
import { detailNames, serverDetail } from "./_detail.ts";
import { waitForActive } from "./_wait.ts";

const PROG = "openstack server create";

interface Nic {
  "net-id": string;
  "port-id": string;
  "v4-fixed-ip": string;
  "v6-fixed-ip": string;
  tag?: string;
}

/**
 * python's NICAction: "auto"/"none", or net-id=,port-id=,v4-fixed-ip=,v6-fixed-ip=,tag=.
 * Its errors escape argparse there (exit 1, no usage line), and so they do here.
 */
function parseNic(entry: string): Nic | "auto" | "none" {
  const [, option, raw] = /^--([a-z-]+)=(.*)$/s.exec(entry)!;
  if (raw === "auto" || raw === "none") return raw;
  let values = raw;
  const key = option === "network" ? "net-id" : option === "port" ? "port-id" : undefined;
  if (key) {
    if (raw.includes(",") || raw.includes("=")) {
      throw new CliError(`Invalid argument ${raw}; characters ',' and '=' are not allowed`);
    }
    values = `${key}=${raw}`;
  }
  const info: Nic = { "net-id": "", "port-id": "", "v4-fixed-ip": "", "v6-fixed-ip": "" };
  for (const kv of values.split(",")) {
    const i = kv.indexOf("=");
    const [k, v] = i < 0 ? [kv, ""] : [kv.slice(0, i), kv.slice(i + 1)];
    if (!(k in info || k === "tag") || !v) {
      throw new CliError(
        `Invalid argument ${values}; argument must be of form ` +
          "'net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,v6-fixed-ip=ip-addr,tag=tag'",
      );
    }
    (info as unknown as Record<string, string>)[k] = v;
  }
  if (info["net-id"] && info["port-id"]) {
    throw new CliError(
      `Invalid argument ${values}; either network or port should be specified but not both`,
    );
  }
  return info;
}

function needs(mv: string | undefined, min: string, what: string): void {
  if (!mv || compareVersions(mv, min) < 0) {
    throw new CliError(`--os-compute-api-version ${min} or greater is required to support ${what}`);
  }
}

export default defineCommand({
  summary: "Create a new server",
  output: "show",
  flags: {
    flavor: flag.string({
      metavar: "<flavor>",
      help: "Create server with this flavor (name or ID)",
    }),
    image: flag.string({
      group: "disk",
      metavar: "<image>",
      help: "Create server boot disk from this image (name or ID)",
    }),
    volume: flag.string({
      group: "disk",
      metavar: "<volume>",
      help: "Create server using this volume as the boot disk (name or ID)",
    }),
    bootFromVolume: flag.integer({
      metavar: "<volume-size>",
      help:
        "When used in conjunction with the ``--image`` option, this option automatically creates a block device mapping with a boot index of 0 and tells the compute service to create a volume of the given size (in GB) from the specified image and use it as the root disk of the server.",
    }),
    network: flag.list({
      metavar: "<network>",
      dest: "nic",
      tagged: true,
      help:
        "Create a NIC on the server and connect it to network. Specify option multiple times to create multiple NICs.",
    }),
    port: flag.list({
      metavar: "<port>",
      dest: "nic",
      tagged: true,
      help:
        "Create a NIC on the server and connect it to port. Specify option multiple times to create multiple NICs.",
    }),
    nic: flag.list({
      metavar:
        "<net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,v6-fixed-ip=ip-addr,tag=tag,auto,none>",
      tagged: true,
      help:
        "Create a NIC on the server. Specify option multiple times to create multiple NICs. Specifying a --nic of auto or none cannot be used with any other --nic value.",
    }),
    password: flag.string({
      metavar: "<password>",
      help: "Set the password to this server. This option requires cloud support.",
    }),
    securityGroup: flag.list({
      metavar: "<security-group>",
      help:
        "Security group to assign to this server (name or ID) (repeat option to set multiple groups)",
    }),
    keyName: flag.string({ metavar: "<key-name>", help: "Keypair to inject into this server" }),
    property: flag.list({
      metavar: "<key=value>",
      help: "Set a property on this server (repeat option to set multiple values)",
    }),
    userData: flag.string({
      metavar: "<user-data>",
      help: "User data file to serve from the metadata server",
    }),
    description: flag.string({
      metavar: "<description>",
      help: "Set description for the server (supported by --os-compute-api-version 2.19 or above)",
    }),
    availabilityZone: flag.string({
      metavar: "<zone-name>",
      help: "Select an availability zone for the server.",
    }),
    hint: flag.list({ metavar: "<key=value>", help: "Hints for the scheduler" }),
    useConfigDrive: flag.boolean({ group: "config-drive", help: "Enable config drive." }),
    noConfigDrive: flag.boolean({ group: "config-drive", help: "Disable config drive." }),
    min: flag.integer({
      metavar: "<count>",
      default: 1,
      help: "Minimum number of servers to launch (default=1)",
    }),
    max: flag.integer({
      metavar: "<count>",
      default: 1,
      help: "Maximum number of servers to launch (default=1)",
    }),
    tag: flag.list({
      metavar: "<tag>",
      help:
        "Tags for the server. Specify multiple times to add multiple tags. (supported by --os-compute-api-version 2.52 or above)",
    }),
    hostname: flag.string({
      metavar: "<hostname>",
      help:
        "Hostname configured for the server in the metadata service. (supported by --os-compute-api-version 2.90 or above)",
    }),
    wait: flag.boolean({ help: "Wait for build to complete" }),
  },
  positionals: [{ name: "server_name", metavar: "<server-name>", help: "New server name" }],
  async run({ flags: f, positionals }, ctx) {
    // argparse's order: what its actions check while parsing, then required options
    const nicArgs = f.nic.map(parseNic);
    const properties = Object.fromEntries(keyValuePairs(f.property));
    const hints: Record<string, string | string[]> = {};
    for (const [k, v] of keyValuePairs(f.hint)) {
      const prev = hints[k];
      hints[k] = prev === undefined ? v : [...(Array.isArray(prev) ? prev : [prev]), v];
    }
    if (f.flavor === undefined) {
      throw new UsageError("the following arguments are required: --flavor", PROG);
    }
    if (f.image === undefined && f.volume === undefined) {
      throw new UsageError(
        "one of the arguments --image --image-property --volume --snapshot is required",
        PROG,
      );
    }

    const compute = await ctx.service("compute");
    const mv = compute.microversion;
    const name = positionals.server_name as string;

    // lookups in python's order, each failing as python's does
    let imageId: string | undefined;
    if (f.image !== undefined) {
      imageId = (await sdkFindImage(await ctx.service("image"), f.image)).id;
    }
    let volumeId: string | undefined;
    if (f.volume !== undefined) {
      if (f.bootFromVolume) { // python tests truthiness: 0 is "not given"
        throw new CliError("--volume is not allowed with --boot-from-volume");
      }
      volumeId = (await findVolume(await ctx.service("block-storage"), f.volume)).id;
    }
    const flavor = await findFlavor(compute, f.flavor);
    const min = f.min ?? 1;
    const max = f.max ?? 1;
    if (min > max) throw new CliError("min instances should be <= max instances");
    if (min < 1) throw new CliError("min instances should be > 0");
    if (max < 1) throw new CliError("max instances should be > 0");
    let userData: string | undefined;
    if (f.userData !== undefined) {
      // python reads it as text and sends its UTF-8 bytes, base64-encoded
      let text: string | undefined;
      try {
        text = await ctx.fs.readTextFile(f.userData);
      } catch (e) {
        throw new CliError(`Can't open '${f.userData}': ${(e as Error).message}`);
      }
      if (text === undefined) {
        throw new CliError(
          `Can't open '${f.userData}': [Errno 2] No such file or directory: '${f.userData}'`,
        );
      }
      userData = new TextEncoder().encode(text).toBase64();
    }
    if (f.description && (!mv || compareVersions(mv, "2.19") < 0)) {
      throw new CliError(
        "Description is not supported for --os-compute-api-version less than 2.19",
      );
    }

    const bdm: Record<string, unknown>[] = [];
    if (volumeId) {
      bdm.push({
        uuid: volumeId,
        boot_index: "0",
        source_type: "volume",
        destination_type: "volume",
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

    let networks: "auto" | "none" | Record<string, string>[] | undefined;
    if (nicArgs.includes("auto") || nicArgs.includes("none")) {
      if (nicArgs.length > 1) {
        throw new CliError(
          "Specifying a --nic of auto or none cannot be used with any other --nic, --network or --port value.",
        );
      }
      networks = nicArgs[0] as "auto" | "none";
    } else {
      const nics = nicArgs as Nic[];
      const network = nics.length ? await ctx.service("network") : undefined;
      networks = [];
      for (const nic of nics) {
        if (nic.tag !== undefined) needs(mv, "2.43", "the --nic tag field");
        if (nic["net-id"]) nic["net-id"] = (await sdkFindNetwork(network!, nic["net-id"])).id;
        if (nic["port-id"]) nic["port-id"] = (await sdkFindPort(network!, nic["port-id"])).id;
        if (nic["v4-fixed-ip"] && nic["v6-fixed-ip"]) {
          throw new CliError("Only one of 'v4-fixed-ip' and 'v6-fixed-ip' may be provided.");
        }
        const data: Record<string, string> = {};
        if (nic["net-id"]) data.uuid = nic["net-id"];
        const fixed = nic["v4-fixed-ip"] || nic["v6-fixed-ip"];
        if (fixed) data.fixed_ip = fixed;
        if (nic["port-id"]) data.port = nic["port-id"];
        if (nic.tag) data.tag = nic.tag;
        networks.push(data);
      }
      // from 2.37 Nova wants to be told; before, an empty list lets it decide
      if (!networks.length && mv && compareVersions(mv, "2.37") >= 0) networks = "auto";
    }

    const groups: string[] = [];
    if (f.securityGroup.length) {
      const network = await ctx.service("network");
      for (const g of f.securityGroup) groups.push((await sdkFindSecurityGroup(network, g)).id);
    }
    if (f.tag.length) needs(mv, "2.52", "the --tag option");
    if (f.hostname) needs(mv, "2.90", "the --hostname option");

    // novaclient's request body
    const server: Record<string, unknown> = {
      name,
      imageRef: imageId ?? "",
      flavorRef: String(flavor.id),
    };
    if (userData) server.user_data = userData;
    if (Object.keys(properties).length) server.metadata = properties;
    if (f.keyName) server.key_name = f.keyName;
    if (f.useConfigDrive) server.config_drive = true;
    if (f.password) server.adminPass = f.password;
    server.min_count = min;
    server.max_count = max;
    if (groups.length) server.security_groups = groups.map((g) => ({ name: g }));
    if (f.availabilityZone) server.availability_zone = f.availabilityZone;
    if (bdm.length) server.block_device_mapping_v2 = bdm;
    // novaclient passes nics only when truthy: an empty list sends no "networks"
    if (networks.length) server.networks = networks;
    if (f.description) server.description = f.description;
    if (f.tag.length) server.tags = f.tag;
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
        throw new CliError(`Error creating server: ${name}`);
      }
    }

    // python's _prep_server_detail(refresh=True): the POST answer updated by a GET
    const shown: Server = { ...created, ...await getServer(compute, created.id) };
    return serverDetail(shown, await detailNames(ctx, compute, shown));
  },
});
