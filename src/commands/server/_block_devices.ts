/**
 * server create's block devices: --block-device-mapping (python's
 * BDMLegacyAction), --block-device (BDMAction: a JSON file or key=value
 * pairs), --ephemeral and --swap, turned into novaclient's
 * block_device_mapping_v2 entries with python's checks and messages.
 */
import { OscError } from "../../errors.ts";
import type { FileSystem } from "../../context.ts";
import { checkKeys, multiKeyValue, parsePyInt } from "../_common.ts";
import { needsCompute } from "./_microversion.ts";

export type Bdm = Record<string, unknown>;

const LEGACY_FORM = "argument must be of form 'dev-name=id[:type[:size[:delete-on-terminate]]]'";

/** "<dev-name>=<id>[:<type>[:<size>[:<delete-on-terminate>]]]"; size and flag stay text. */
export function parseLegacyBdm(value: string): Bdm {
  const eq = value.indexOf("=");
  const devName = eq < 0 ? value : value.slice(0, eq);
  const rest = eq < 0 ? "" : value.slice(eq + 1);
  const map = rest ? rest.split(":") : [];
  if (!devName || !map.length || map.length > 4) {
    throw new OscError(`Invalid argument ${value}; ${LEGACY_FORM}`);
  }
  const bdm: Bdm = {
    device_name: devName,
    uuid: map[0], // a name or id: looked up later
    source_type: "volume",
    destination_type: "volume",
  };
  if (map[1]) {
    if (!["volume", "snapshot", "image"].includes(map[1])) {
      throw new OscError(
        `Invalid argument ${value}; 'type' must be one of: volume, snapshot, image`,
      );
    }
    bdm.source_type = map[1];
  }
  if (map[2]) bdm.volume_size = map[2];
  if (map[3]) bdm.delete_on_termination = map[3];
  return bdm;
}

const BDM_KEYS = {
  optional: [
    "uuid",
    "source_type",
    "destination_type",
    "disk_bus",
    "device_type",
    "device_name",
    "volume_size",
    "guest_format",
    "boot_index",
    "delete_on_termination",
    "tag",
    "volume_type",
  ],
};

/** An existing file holds one mapping as JSON; anything else is key=value pairs. */
export async function parseBlockDevice(fs: FileSystem, value: string): Promise<Bdm> {
  let text: string | undefined;
  try {
    text = await fs.readTextFile(value);
  } catch (e) {
    // python's os.path.exists is False for a path it cannot even look at (ENOTDIR, too long)
    if ((e as Error).name === "PermissionDenied") {
      throw new OscError(`Can't open '${value}': ${(e as Error).message}`);
    }
  }
  if (text === undefined) return multiKeyValue(value, BDM_KEYS);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new OscError(`Invalid JSON in ${value}: ${(e as Error).message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new OscError(`Invalid block device in ${value}: expected a JSON object`);
  }
  checkKeys(Object.keys(data), BDM_KEYS);
  return data as Bdm;
}

/** --ephemeral size=<GiB>[,format=<fs>] */
export function parseEphemeral(value: string): { size: string; format?: string } {
  return multiKeyValue(value, { required: ["size"], optional: ["format"] }) as {
    size: string;
    format?: string;
  };
}

const TRUE_STRINGS = ["1", "t", "true", "on", "y", "yes"];
const FALSE_STRINGS = ["0", "f", "false", "off", "n", "no"];

/** oslo's bool_from_string(strict=True); undefined where it raises. */
function strictBool(v: unknown): boolean | undefined {
  if (typeof v === "boolean") return v;
  const text = (v === null ? "None" : typeof v === "string" ? v : JSON.stringify(v))
    .trim().toLowerCase();
  return TRUE_STRINGS.includes(text) ? true : FALSE_STRINGS.includes(text) ? false : undefined;
}

/** python's int() of a JSON value; undefined where it raises ValueError. */
function bootIndex(v: unknown): number | undefined {
  if (typeof v === "number") return Math.trunc(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return parsePyInt(v);
  const type = v === null ? "NoneType" : Array.isArray(v) ? "list" : "dict"; // JSON's others
  // a TypeError there, which python does not catch: its own message
  throw new OscError(
    `int() argument must be a string, a bytes-like object or a real number, not '${type}'`,
  );
}

/** Checks one --block-device mapping and fills in python's defaults. */
export function checkBlockDevice(mapping: Bdm, mv: string | undefined): Bdm {
  const m = { ...mapping };
  if ("boot_index" in m) {
    const n = bootIndex(m.boot_index);
    if (n === undefined) {
      throw new OscError("The boot_index key of --block-device should be an integer");
    }
    m.boot_index = n;
  }
  if ("tag" in m) needsCompute(mv, "2.42", "the tag key of --block-device");
  if ("volume_type" in m) needsCompute(mv, "2.67", "the volume_type key of --block-device");
  if ("source_type" in m) {
    if (!["volume", "image", "snapshot", "blank"].includes(m.source_type as string)) {
      throw new OscError(
        "The source_type key of --block-device should be one of: volume, image, snapshot, blank",
      );
    }
  } else m.source_type = "blank";
  if ("destination_type" in m) {
    if (!["local", "volume"].includes(m.destination_type as string)) {
      throw new OscError(
        "The destination_type key of --block-device should be one of: local, volume",
      );
    }
  } else m.destination_type = m.source_type === "blank" ? "local" : "volume";
  if ("delete_on_termination" in m) {
    const b = strictBool(m.delete_on_termination);
    if (b === undefined) {
      throw new OscError(
        "The delete_on_termination key of --block-device should be a boolean-like value",
      );
    }
    m.delete_on_termination = b;
  } else if (m.destination_type === "local") m.delete_on_termination = true;
  return m;
}

export interface BlockDeviceInputs {
  swap?: number;
  ephemerals: readonly { size: string; format?: string }[];
  legacy: readonly Bdm[];
  blockDevices: readonly Bdm[];
}

/** Name-or-id lookups of a legacy mapping's source, each failing as python's does. */
export interface SourceLookups {
  volume(nameOrId: string): Promise<string>;
  snapshot(nameOrId: string): Promise<string>;
  image(nameOrId: string): Promise<string>;
}

/** The entries python appends after the boot disk's, in its order. */
export async function extraBlockDevices(
  inputs: BlockDeviceInputs,
  find: SourceLookups,
  mv: string | undefined,
): Promise<Bdm[]> {
  const out: Bdm[] = [];
  if (inputs.swap) { // python tests truthiness: 0 adds nothing
    out.push({
      boot_index: -1,
      source_type: "blank",
      destination_type: "local",
      guest_format: "swap",
      volume_size: inputs.swap,
      delete_on_termination: true,
    });
  }
  for (const e of inputs.ephemerals) {
    out.push({
      boot_index: -1,
      source_type: "blank",
      destination_type: "local",
      delete_on_termination: true,
      volume_size: e.size,
      ...("format" in e ? { guest_format: e.format } : {}),
    });
  }
  for (const legacy of inputs.legacy) {
    const m = { ...legacy };
    const uuid = m.uuid as string;
    if (m.source_type === "volume") m.uuid = await find.volume(uuid);
    else if (m.source_type === "snapshot") m.uuid = await find.snapshot(uuid);
    else if (m.source_type === "image") m.uuid = await find.image(uuid);
    out.push(m);
  }
  for (const b of inputs.blockDevices) out.push(checkBlockDevice(b, mv));
  return out;
}
