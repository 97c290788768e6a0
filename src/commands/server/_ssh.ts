/** server ssh's pieces: python's _get_ip_address and the ssh argv it builds. */
import { OscError } from "../../errors.ts";

type Address = { addr?: string; version?: number | string; "OS-EXT-IPS:type"?: string } | string;

/**
 * python's _get_ip_address: an address of the type (public, private, or a network's name) and
 * an IP version in `families`; "public" means a floating address and "private" a fixed one.
 */
export function serverIpAddress(
  addresses: Record<string, Address[]>,
  type: string,
  families: readonly number[],
): string {
  // old style: the type is a network name
  for (const a of Object.hasOwn(addresses, type) ? addresses[type] : []) {
    if (typeof a === "object" && families.includes(Number(a.version))) return String(a.addr);
  }
  const wanted = type === "public" ? "floating" : type === "private" ? "fixed" : type;
  for (const list of Object.values(addresses)) {
    for (const a of list) {
      if (typeof a === "string") return String(wanted === "fixed" ? list[0] : list.at(-1));
      if (!("OS-EXT-IPS:type" in a)) continue;
      if (a["OS-EXT-IPS:type"] === wanted && families.includes(Number(a.version))) {
        return String(a.addr);
      }
    }
  }
  throw new OscError(`ERROR: No ${type} IP version [${families.join(", ")}] address found`);
}

export interface SshOptions {
  /** What followed the server (and "--"). */
  args: readonly string[];
  port?: number;
  identity?: string;
  option?: string;
  login?: string;
  verbose?: boolean;
}

/** ssh's arguments after the address: the user's, then the deprecated options, then -l. */
export function sshArgs(o: SshOptions, userName: () => string): string[] {
  const args = [...o.args];
  if (o.port) args.push("-p", String(o.port));
  if (o.identity) args.push("-i", o.identity);
  if (o.option) args.push("-o", o.option);
  if (o.login) args.push("-l", o.login);
  else if (!args.includes("-l")) args.push("-l", userName());
  if (o.verbose) args.push("-v");
  return args;
}
