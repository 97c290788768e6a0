import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { listServers } from "../../api/compute/servers.ts";
import { buildServerQuery, percent, serverRows, slimServer } from "./_list_rows.ts";

const STATUSES = [
  "ACTIVE",
  "BUILD",
  "DELETED",
  "ERROR",
  "HARD_REBOOT",
  "MIGRATING",
  "PASSWORD",
  "PAUSED",
  "REBOOT",
  "REBUILD",
  "RESCUE",
  "RESIZE",
  "REVERT_RESIZE",
  "SHELVED",
  "SHELVED_OFFLOADED",
  "SHUTOFF",
  "SOFT_DELETED",
  "SUSPENDED",
  "VERIFY_RESIZE",
];

// nova's InstanceState and InstanceTaskState values
const VM_STATES = [
  "active",
  "building",
  "deleted",
  "error",
  "paused",
  "stopped",
  "suspended",
  "rescued",
  "resized",
  "shelved",
  "shelved_offloaded",
  "soft-delete",
];
const TASK_STATES = [
  "block_device_mapping",
  "deleting",
  "image_backup",
  "image_pending_upload",
  "image_snapshot",
  "image_snapshot_pending",
  "image_uploading",
  "migrating",
  "networking",
  "pausing",
  "powering-off",
  "powering-on",
  "rebooting",
  "reboot_pending",
  "reboot_started",
  "reboot_pending_hard",
  "reboot_started_hard",
  "rebooting_hard",
  "rebuilding",
  "rebuild_block_device_mapping",
  "rebuild_spawning",
  "rescuing",
  "resize_confirming",
  "resize_finish",
  "resize_migrated",
  "resize_migrating",
  "resize_prep",
  "resize_reverting",
  "restoring",
  "resuming",
  "scheduling",
  "shelving",
  "shelving_image_pending_upload",
  "shelving_image_uploading",
  "shelving_offloading",
  "soft-deleting",
  "spawning",
  "suspending",
  "updating_password",
  "unpausing",
  "unrescuing",
  "unshelving",
];

export default defineCommand({
  summary: "List servers",
  output: "list",
  flags: {
    reservationId: flag.string({
      metavar: "<reservation-id>",
      help: "Only return instances that match the reservation",
    }),
    ip: flag.string({
      metavar: "<ip-address-regex>",
      help: "Regular expression to match IP addresses",
    }),
    ip6: flag.string({
      metavar: "<ip-address-regex>",
      help:
        "Regular expression to match IPv6 addresses. Note that this option only applies for non-admin users when using ``--os-compute-api-version`` 2.5 or greater.",
    }),
    name: flag.string({ metavar: "<name-regex>", help: "Regular expression to match names" }),
    instanceName: flag.string({
      metavar: "<server-name>",
      help: "Regular expression to match instance name (admin only)",
    }),
    status: flag.string({
      metavar: "<status>",
      choices: STATUSES,
      help: "Search by server status",
    }),
    flavor: flag.string({ metavar: "<flavor>", help: "Search by flavor (name or ID)" }),
    image: flag.string({ metavar: "<image>", help: "Search by image (name or ID)" }),
    host: flag.string({ metavar: "<hostname>", help: "Search by hostname" }),
    allProjects: flag.boolean({
      help: "Include all projects (admin only) (can be specified using the ALL_PROJECTS envvar)",
    }),
    project: flag.string({
      metavar: "<project>",
      help: "Search by project (admin only) (name or ID)",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help:
        "Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.",
    }),
    user: flag.string({
      metavar: "<user>",
      help: "Search by user (name or ID) (admin only before microversion 2.83)",
    }),
    userDomain: flag.string({
      metavar: "<user-domain>",
      help:
        "Domain the user belongs to (name or ID). This can be used in case collisions between user names exist.",
    }),
    deleted: flag.boolean({ help: "Only display deleted servers (admin only)" }),
    availabilityZone: flag.string({
      metavar: "AVAILABILITY_ZONE",
      help: "Search by availability zone (admin only before microversion 2.83)",
    }),
    keyName: flag.string({
      metavar: "KEY_NAME",
      help: "Search by keypair name (admin only before microversion 2.83)",
    }),
    configDrive: flag.boolean({
      group: "config-drive",
      help:
        "Only display servers with a config drive attached (admin only before microversion 2.83)",
    }),
    noConfigDrive: flag.boolean({
      group: "config-drive",
      help:
        "Only display servers without a config drive attached (admin only before microversion 2.83)",
    }),
    progress: flag.string({
      metavar: "PROGRESS",
      help: "Search by progress value (%) (admin only before microversion 2.83)",
    }),
    vmState: flag.string({
      metavar: "<state>",
      choices: VM_STATES,
      help: "Search by vm_state value (admin only before microversion 2.83)",
    }),
    taskState: flag.string({
      metavar: "<state>",
      choices: TASK_STATES,
      help: "Search by task_state value (admin only before microversion 2.83)",
    }),
    powerState: flag.string({
      metavar: "<state>",
      choices: ["pending", "running", "paused", "shutdown", "crashed", "suspended"],
      help: "Search by power_state value (admin only before microversion 2.83)",
    }),
    long: flag.boolean({ help: "List additional fields in output" }),
    noNameLookup: flag.boolean({
      short: "n",
      group: "name-lookup",
      help:
        'Skip flavor and image name lookup. Mutually exclusive with "--name-lookup-one-by-one" option.',
    }),
    nameLookupOneByOne: flag.boolean({
      group: "name-lookup",
      help:
        "Look up flavor and image names one by one as needed (this client always does, in parallel)",
    }),
    marker: flag.string({
      metavar: "<server>",
      help:
        "The last server of the previous page. Display list of servers after marker. Display all servers if not specified. When used with ``--deleted``, the marker must be an ID, otherwise a name or ID can be used.",
    }),
    limit: flag.integer({
      metavar: "<num-servers>",
      help:
        "Maximum number of servers to display. If limit equals -1 or is not given, all servers are displayed (every page is followed).",
    }),
    changesBefore: flag.string({
      metavar: "<changes-before>",
      help:
        "List only servers changed before a certain point of time. The provided time should be an ISO 8061 formatted time (e.g., 2016-03-05T06:27:59Z). (supported by --os-compute-api-version 2.66 or above)",
    }),
    changesSince: flag.string({
      metavar: "<changes-since>",
      help:
        "List only servers changed after a certain point of time. The provided time should be an ISO 8061 formatted time (e.g., 2016-03-04T06:27:59Z).",
    }),
    locked: flag.boolean({
      group: "lock",
      help: "Only display locked servers (supported by --os-compute-api-version 2.73 or above)",
    }),
    unlocked: flag.boolean({
      group: "lock",
      help: "Only display unlocked servers (supported by --os-compute-api-version 2.73 or above)",
    }),
    tags: flag.list({
      metavar: "<tag>",
      help:
        "Only list servers tagged with ALL of the given tags (repeat option for multiple tags) (supported by --os-compute-api-version 2.26 or above)",
    }),
    notTags: flag.list({
      metavar: "<tag>",
      help:
        "Only list servers without ANY of the given tags (repeat option for multiple tags) (supported by --os-compute-api-version 2.26 or above)",
    }),
  },
  async run({ flags, output }, ctx) {
    // argparse converts --progress while parsing: a bad value fails before any request
    if (flags.progress !== undefined) percent(flags.progress);
    const compute = await ctx.service("compute");
    const { query, markerId } = await buildServerQuery(flags, compute, ctx);
    const servers = await listServers(compute, query, flags.limit, markerId, slimServer);
    const image = flags.noNameLookup
      ? undefined
      : await ctx.service("image").catch(() => undefined);
    return await serverRows(servers, {
      long: flags.long,
      noNameLookup: flags.noNameLookup,
      microversion: compute.microversion,
      extraColumns: output?.columns ?? [],
      compute,
      image,
    });
  },
});
