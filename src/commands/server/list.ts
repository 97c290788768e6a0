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
      help: "Only servers of this reservation",
    }),
    ip: flag.string({
      metavar: "<ip-address-regex>",
      help: "Only servers whose IP address matches this regex",
    }),
    ip6: flag.string({
      metavar: "<ip-address-regex>",
      help: "Only servers whose IPv6 address matches this regex (non-admins: API 2.5+)",
    }),
    name: flag.string({
      metavar: "<name-regex>",
      help: "Only servers whose name matches this regex",
    }),
    instanceName: flag.string({
      metavar: "<server-name>",
      help: "Only servers whose instance name matches this regex (admin only)",
    }),
    status: flag.string({
      metavar: "<status>",
      choices: STATUSES,
      help: "Only servers in this status",
    }),
    flavor: flag.string({ metavar: "<flavor>", help: "Only servers of this flavor (name or ID)" }),
    image: flag.string({
      metavar: "<image>",
      help: "Only servers booted from this image (name or ID)",
    }),
    host: flag.string({ metavar: "<hostname>", help: "Only servers on this compute host" }),
    allProjects: flag.boolean({
      help: "Servers of every project (admin only; Env: ALL_PROJECTS)",
    }),
    project: flag.string({
      metavar: "<project>",
      help: "Only servers of this project (name or ID; admin only)",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
    user: flag.string({
      metavar: "<user>",
      help: "Only servers of this user (name or ID; admin only before API 2.83)",
    }),
    userDomain: flag.string({
      metavar: "<user-domain>",
      help: "Domain of the user (name or ID), when user names collide",
    }),
    deleted: flag.boolean({ help: "Only deleted servers (admin only)" }),
    availabilityZone: flag.string({
      metavar: "AVAILABILITY_ZONE",
      help: "Only servers in this availability zone (admin only before API 2.83)",
    }),
    keyName: flag.string({
      metavar: "KEY_NAME",
      help: "Only servers with this key pair (admin only before API 2.83)",
    }),
    configDrive: flag.boolean({
      group: "config-drive",
      help: "Only servers with a config drive (admin only before API 2.83)",
    }),
    noConfigDrive: flag.boolean({
      group: "config-drive",
      help: "Only servers without a config drive (admin only before API 2.83)",
    }),
    progress: flag.string({
      metavar: "PROGRESS",
      help: "Only servers at this build progress, 0-100 (admin only before API 2.83)",
    }),
    vmState: flag.string({
      metavar: "<state>",
      choices: VM_STATES,
      help: "Only servers in this VM state (admin only before API 2.83)",
    }),
    taskState: flag.string({
      metavar: "<state>",
      choices: TASK_STATES,
      help: "Only servers in this task state (admin only before API 2.83)",
    }),
    powerState: flag.string({
      metavar: "<state>",
      choices: ["pending", "running", "paused", "shutdown", "crashed", "suspended"],
      help: "Only servers in this power state (admin only before API 2.83)",
    }),
    long: flag.boolean({ help: "Show more columns" }),
    noNameLookup: flag.boolean({
      short: "n",
      group: "name-lookup",
      help: "Show flavor and image IDs without looking up their names",
    }),
    nameLookupOneByOne: flag.boolean({
      group: "name-lookup",
      help:
        "Look up flavor and image names one by one as needed (this client always does, in parallel)",
    }),
    marker: flag.string({
      metavar: "<server>",
      help: "Start after this server (name or ID; only an ID with --deleted)",
    }),
    limit: flag.integer({
      metavar: "<num-servers>",
      help: "Show at most this many servers (-1 or unset: all of them, page by page)",
    }),
    changesBefore: flag.string({
      metavar: "<changes-before>",
      help: "Only servers changed before this ISO 8601 time (compute API 2.66 or later)",
    }),
    changesSince: flag.string({
      metavar: "<changes-since>",
      help: "Only servers changed since this ISO 8601 time, e.g. 2016-03-04T06:27:59Z",
    }),
    locked: flag.boolean({
      group: "lock",
      help: "Only locked servers (compute API 2.73 or later)",
    }),
    unlocked: flag.boolean({
      group: "lock",
      help: "Only unlocked servers (compute API 2.73 or later)",
    }),
    tags: flag.list({
      metavar: "<tag>",
      help: "Only servers with all of these tags (repeatable; compute API 2.26+)",
    }),
    notTags: flag.list({
      metavar: "<tag>",
      help: "Leave out servers with all of these tags (repeatable; compute API 2.26+)",
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
