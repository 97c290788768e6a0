/** server create's options, in the python client's order (its usage line shows them so). */
import { flag } from "../../cli/flags.ts";

export const createFlags = {
  flavor: flag.string({
    metavar: "<flavor>",
    required: true,
    help: "Flavor of the server (name or ID)",
  }),
  image: flag.string({
    group: "disk",
    groupRequired: true,
    metavar: "<image>",
    help: "Image to boot from (name or ID)",
  }),
  imageProperty: flag.list({
    group: "disk",
    groupRequired: true,
    metavar: "<key=value>",
    help: "Boot from the image whose attributes or properties match (repeatable)",
  }),
  volume: flag.string({
    group: "disk",
    groupRequired: true,
    metavar: "<volume>",
    help: "Volume to boot from (name or ID)",
  }),
  snapshot: flag.string({
    group: "disk",
    groupRequired: true,
    metavar: "<snapshot>",
    help: "Boot from a new volume made from this volume snapshot (name or ID)",
  }),
  bootFromVolume: flag.integer({
    metavar: "<volume-size>",
    help: "With --image: boot from a new volume of this size (GiB) made from the image",
  }),
  blockDeviceMapping: flag.list({
    metavar: "<dev-name=mapping>",
    help:
      "**Deprecated** Attach a block device: <dev-name>=<id>[:<type>[:<size(GB)>[:<delete-on-terminate>]]], type volume (default), snapshot or image. Use --block-device instead",
  }),
  blockDevice: flag.list({
    metavar: "",
    help:
      "Attach a block device: a JSON file, or key=value pairs with the keys uuid, source_type (image, snapshot, volume, blank), destination_type (volume, local), disk_bus, device_type, device_name, volume_size, guest_format, boot_index, delete_on_termination, tag, volume_type (repeatable)",
  }),
  swap: flag.integer({ metavar: "<swap>", help: "Add a local swap disk of this size (MiB)" }),
  ephemeral: flag.list({
    metavar: "<size=size[,format=format]>",
    help: "Add a local ephemeral disk of this size (GiB), formatted as given (repeatable)",
  }),
  network: flag.list({
    metavar: "<network>",
    dest: "nic",
    tagged: true,
    help: "Add a NIC on this network (repeatable)",
  }),
  port: flag.list({
    metavar: "<port>",
    dest: "nic",
    tagged: true,
    help: "Add a NIC using this port (repeatable)",
  }),
  nic: flag.list({
    metavar:
      "<net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,v6-fixed-ip=ip-addr,tag=tag,auto,none>",
    tagged: true,
    help: "Add a NIC (net-id or port-id, fixed IPs, tag), or auto/none alone (repeatable)",
  }),
  password: flag.string({
    metavar: "<password>",
    help: "Admin password of the server (if the cloud supports it)",
  }),
  securityGroup: flag.list({
    metavar: "<security-group>",
    help: "Security group of the server (name or ID; repeatable)",
  }),
  keyName: flag.string({ metavar: "<key-name>", help: "Name of the key pair to give the server" }),
  property: flag.list({
    metavar: "<key=value>",
    help: "Property of the server (repeatable)",
  }),
  file: flag.list({
    metavar: "<dest-filename=source-filename>",
    help: "Put a local file into the server at this path (repeatable; compute API 2.56 or lower)",
  }),
  userData: flag.string({
    metavar: "<user-data>",
    help: "File the metadata service serves as user data",
  }),
  description: flag.string({
    metavar: "<description>",
    help: "Description of the server (compute API 2.19 or later)",
  }),
  availabilityZone: flag.string({
    metavar: "<zone-name>",
    help: "Availability zone to create the server in",
  }),
  host: flag.string({
    metavar: "<host>",
    help: "Compute host to create the server on (admin; compute API 2.74 or later)",
  }),
  hypervisorHostname: flag.string({
    metavar: "<hypervisor-hostname>",
    help: "Hypervisor to create the server on (admin; compute API 2.74 or later)",
  }),
  hint: flag.list({ metavar: "<key=value>", help: "Scheduler hint (repeatable)" }),
  useConfigDrive: flag.boolean({ group: "config-drive", help: "Attach a config drive" }),
  noConfigDrive: flag.boolean({ group: "config-drive", help: "Attach no config drive" }),
  configDrive: flag.string({
    group: "config-drive",
    metavar: "<config-drive-volume>|True",
    help: "**Deprecated** Config drive: a volume, or True for a local one. Use --use-config-drive",
  }),
  min: flag.integer({
    metavar: "<count>",
    default: 1,
    help: "Launch at least this many servers (default 1)",
  }),
  max: flag.integer({
    metavar: "<count>",
    default: 1,
    help: "Launch at most this many servers (default 1)",
  }),
  tag: flag.list({
    metavar: "<tag>",
    help: "Tag for the server (repeatable; compute API 2.52 or later)",
  }),
  hostname: flag.string({
    metavar: "<hostname>",
    help: "Hostname the metadata service gives it (compute API 2.90 or later)",
  }),
  wait: flag.boolean({ help: "Wait until the server is built" }),
  trustedImageCert: flag.list({
    metavar: "<trusted-cert-id>",
    help:
      "Id of a certificate trusted to verify the image's signature (repeatable; compute API 2.63 or later)",
  }),
};
