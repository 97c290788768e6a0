/** A Glance image as openstacksdk's Image resource presents it to image list/show. */
import type { Image } from "../../api/image/images.ts";
import { sdkConvert, type SdkType } from "../../api/sdk.ts";
import { OscError } from "../../errors.ts";
import { dictColumn, listColumn } from "../../columns/format.ts";
import type { Cell, ShowResult } from "../../output/types.ts";

/** Body attributes in class order (then Resource's and TagMixin's): attr, JSON key, type. */
const ATTRS: [string, string, SdkType?][] = [
  ["checksum", "checksum"],
  ["container_format", "container_format"],
  ["created_at", "created_at"],
  ["disk_format", "disk_format"],
  ["is_hidden", "os_hidden", "bool"],
  ["is_protected", "protected", "bool"],
  ["hash_algo", "os_hash_algo"],
  ["hash_value", "os_hash_value"],
  ["min_disk", "min_disk"],
  ["min_ram", "min_ram"],
  ["name", "name"],
  ["owner", "owner"],
  ["owner_id", "owner"],
  ["properties", "properties"],
  ["size", "size", "int"],
  ["store", "store"],
  ["status", "status"],
  ["updated_at", "updated_at"],
  ["virtual_size", "virtual_size"],
  ["visibility", "visibility"],
  ["file", "file"],
  ["locations", "locations"],
  ["direct_url", "direct_url"],
  ["url", "url"],
  ["metadata", "metadata", "dict"],
  ["architecture", "architecture"],
  ["hypervisor_type", "hypervisor_type"],
  ["instance_type_rxtx_factor", "instance_type_rxtx_factor", "float"],
  ["instance_uuid", "instance_uuid"],
  ["needs_config_drive", "img_config_drive"],
  ["kernel_id", "kernel_id"],
  ["os_distro", "os_distro"],
  ["os_version", "os_version"],
  ["needs_secure_boot", "os_secure_boot"],
  ["os_shutdown_timeout", "os_shutdown_timeout", "int"],
  ["ramdisk_id", "ramdisk_id"],
  ["vm_mode", "vm_mode"],
  ["hw_cpu_sockets", "hw_cpu_sockets", "int"],
  ["hw_cpu_cores", "hw_cpu_cores", "int"],
  ["hw_cpu_threads", "hw_cpu_threads", "int"],
  ["hw_disk_bus", "hw_disk_bus"],
  ["hw_cpu_policy", "hw_cpu_policy"],
  ["hw_cpu_thread_policy", "hw_cpu_thread_policy"],
  ["hw_rng_model", "hw_rng_model"],
  ["hw_machine_type", "hw_machine_type"],
  ["hw_scsi_model", "hw_scsi_model"],
  ["hw_serial_port_count", "hw_serial_port_count", "int"],
  ["hw_video_model", "hw_video_model"],
  ["hw_video_ram", "hw_video_ram", "int"],
  ["hw_watchdog_action", "hw_watchdog_action"],
  ["os_command_line", "os_command_line"],
  ["hw_vif_model", "hw_vif_model"],
  ["is_hw_vif_multiqueue_enabled", "hw_vif_multiqueue_enabled", "bool"],
  ["is_hw_boot_menu_enabled", "hw_boot_menu", "bool"],
  ["vmware_adaptertype", "vmware_adaptertype"],
  ["vmware_ostype", "vmware_ostype"],
  ["has_auto_disk_config", "auto_disk_config"],
  ["os_type", "os_type"],
  ["os_admin_user", "os_admin_user"],
  ["hw_qemu_guest_agent", "hw_qemu_guest_agent", "str"],
  ["os_require_quiesce", "os_require_quiesce", "bool"],
  ["schema", "schema"],
  ["id", "id"],
  ["tags", "tags", "list"],
];

const BY_ATTR = new Map(ATTRS.map((a) => [a[0], a]));
const KNOWN_KEYS = new Set(ATTRS.map((a) => a[1]));

/** The body keys openstacksdk does not know: kept under `properties`. */
export function unknownProperties(img: Image): Record<string, unknown> {
  const own = img.properties;
  const props: Record<string, unknown> = typeof own === "object" && own !== null &&
      !Array.isArray(own)
    ? { ...own as Record<string, unknown> }
    : own === undefined
    ? {}
    : { properties: own };
  for (const [k, v] of Object.entries(img)) {
    if (!KNOWN_KEYS.has(k) && k !== "self") props[k] = v;
  }
  return props;
}

export function isImageAttr(attr: string): boolean {
  return BY_ATTR.has(attr);
}

/** getattr(image, attr) on the SDK resource. */
export function imageAttr(img: Image, attr: string): unknown {
  if (attr === "properties") return unknownProperties(img);
  const spec = BY_ATTR.get(attr);
  if (!spec) throw new OscError(`Resource doesn't have field ${attr}`);
  const [, key, type] = spec;
  if (!(key in img)) return attr === "tags" ? [] : null;
  return sdkConvert(img[key], type);
}

export const LIST_ATTRS = ["id", "name", "status"];
export const LIST_HEADERS = ["ID", "Name", "Status"];
export const LONG_ATTRS = [
  "id",
  "name",
  "disk_format",
  "container_format",
  "size",
  "checksum",
  "status",
  "visibility",
  "is_protected",
  "owner_id",
  "tags",
];
export const LONG_HEADERS = [
  "ID",
  "Name",
  "Disk Format",
  "Container Format",
  "Size",
  "Checksum",
  "Status",
  "Visibility",
  "Protected",
  "Project",
  "Tags",
];

export function imageRow(img: Image, long: boolean): Cell[] {
  return (long ? LONG_ATTRS : LIST_ATTRS).map((a) => {
    const v = imageAttr(img, a);
    return a === "tags" ? listColumn(v as unknown[]) : v as Cell;
  });
}

/**
 * simple_filter(data, attr, value, property_field='properties'): keep an
 * image when its attribute (or else its property) equals the text given.
 */
export function matchesProperty(img: Image, attr: string, value: string): boolean {
  let v: unknown = null;
  if (isImageAttr(attr) || attr === "location") {
    v = attr === "location" ? null : imageAttr(img, attr);
  } else {
    const props = unknownProperties(img);
    if (attr in props) v = props[attr];
  }
  return typeof v === "string" && v !== "" && v === value;
}

const SHOWN = new Set([
  "status",
  "name",
  "container_format",
  "created_at",
  "size",
  "disk_format",
  "updated_at",
  "visibility",
  "min_disk",
  "protected",
  "id",
  "file",
  "checksum",
  "owner",
  "virtual_size",
  "min_ram",
  "schema",
]);

/** osc_lib.utils.format_size: 1000-based, one decimal, trailing zeros dropped. */
export function formatSize(size: unknown): string {
  let n = typeof size === "number" ? size : 0;
  const suffix = ["", "K", "M", "G", "T", "P", "E", "Z"];
  let i = 0;
  while (n >= 1000 && i < suffix.length - 1) {
    n /= 1000;
    i++;
  }
  const text = n.toFixed(1).replace(/0+$/, "").replace(/\.$/, "");
  return text + suffix[i];
}

/**
 * image show: _format_image over to_dict(ignore_none=True, original_names=True):
 * the usual fields, everything else flattened into `properties`, `tags`
 * always; fields sorted.
 */
export function imageShow(img: Image, humanReadable: boolean): ShowResult {
  const info = new Map<string, Cell>();
  const properties: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [attr, key] of ATTRS) {
    if (seen.has(key)) continue;
    const value = imageAttr(img, attr);
    if (value === null || value === undefined) continue;
    seen.add(key);
    if (SHOWN.has(key)) info.set(key, value as Cell);
    else if (key === "properties") Object.assign(properties, value);
    else if (key !== "tags") properties[key] = value;
  }
  if (humanReadable) info.set("size", formatSize(imageAttr(img, "size")));
  info.set("tags", listColumn(imageAttr(img, "tags") as unknown[]));
  if (Object.keys(properties).length) info.set("properties", dictColumn(properties));
  const fields = [...info.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { kind: "show", fields, values: fields.map((f) => info.get(f)!) };
}

/** The JSON key openstacksdk sends for an attribute given by its SDK name (is_protected → protected). */
export function imageApiKey(name: string): string {
  return BY_ATTR.get(name)?.[1] ?? name;
}

/** The names `k in image` finds on openstacksdk's Image: its attributes, and `location`. */
export function isImageKey(name: string): boolean {
  return BY_ATTR.has(name) || name === "location";
}
