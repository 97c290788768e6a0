/** server create's --network, --port and --nic: python's NICAction, then the lookups. */
import { OscError } from "../../errors.ts";
import type { Context } from "../../context.ts";
import { sdkFindNetwork } from "../../api/network/networks.ts";
import { sdkFindPort } from "../../api/network/ports.ts";
import { compareVersions } from "../../http/microversion.ts";
import { needsCompute } from "./_microversion.ts";

export interface Nic {
  "net-id": string;
  "port-id": string;
  "v4-fixed-ip": string;
  "v6-fixed-ip": string;
  tag?: string;
}

/**
 * python's NICAction: "auto"/"none", or net-id=,port-id=,v4-fixed-ip=,v6-fixed-ip=,tag=.
 * Its errors escape argparse there (exit 1, no usage line), and so they do here.
 * `entry` is the tagged list entry "--<option>=<value>".
 */
export function parseNic(entry: string): Nic | "auto" | "none" {
  const [, option, raw] = /^--([a-z-]+)=(.*)$/s.exec(entry)!;
  if (raw === "auto" || raw === "none") return raw;
  let values = raw;
  const key = option === "network" ? "net-id" : option === "port" ? "port-id" : undefined;
  if (key) {
    if (raw.includes(",") || raw.includes("=")) {
      throw new OscError(`Invalid argument ${raw}; characters ',' and '=' are not allowed`);
    }
    values = `${key}=${raw}`;
  }
  const info: Nic = { "net-id": "", "port-id": "", "v4-fixed-ip": "", "v6-fixed-ip": "" };
  for (const kv of values.split(",")) {
    const i = kv.indexOf("=");
    const [k, v] = i < 0 ? [kv, ""] : [kv.slice(0, i), kv.slice(i + 1)];
    if (!(k in info || k === "tag") || !v) {
      throw new OscError(
        `Invalid argument ${values}; argument must be of form ` +
          "'net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,v6-fixed-ip=ip-addr,tag=tag'",
      );
    }
    (info as unknown as Record<string, string>)[k] = v;
  }
  if (info["net-id"] && info["port-id"]) {
    throw new OscError(
      `Invalid argument ${values}; either network or port should be specified but not both`,
    );
  }
  return info;
}

/** What novaclient sends as "networks": "auto", "none" or one object per NIC. */
export type Networks = "auto" | "none" | Record<string, string>[];

/** The NICs resolved to ids in python's order, each failing as python's does. */
export async function resolveNics(
  ctx: Context,
  nicArgs: readonly (Nic | "auto" | "none")[],
  mv: string | undefined,
): Promise<Networks> {
  if (nicArgs.includes("auto") || nicArgs.includes("none")) {
    if (nicArgs.length > 1) {
      throw new OscError(
        "Specifying a --nic of auto or none cannot be used with any other --nic, --network or --port value.",
      );
    }
    return nicArgs[0] as "auto" | "none";
  }
  const nics = nicArgs as Nic[];
  const network = nics.length ? await ctx.service("network") : undefined;
  const networks: Record<string, string>[] = [];
  for (const nic of nics) {
    if (nic.tag !== undefined) needsCompute(mv, "2.43", "the --nic tag field");
    if (nic["net-id"]) nic["net-id"] = (await sdkFindNetwork(network!, nic["net-id"])).id;
    if (nic["port-id"]) nic["port-id"] = (await sdkFindPort(network!, nic["port-id"])).id;
    if (nic["v4-fixed-ip"] && nic["v6-fixed-ip"]) {
      throw new OscError("Only one of 'v4-fixed-ip' and 'v6-fixed-ip' may be provided.");
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
  if (!networks.length && mv && compareVersions(mv, "2.37") >= 0) return "auto";
  return networks;
}
