/**
 * str(netaddr.IPNetwork(x)), which python sends for each --address: a bare
 * address gets its full-length prefix, IPv6 is written the way netaddr
 * compacts it. What netaddr refuses is "invalid IPNetwork x".
 */
import { OscError } from "../../errors.ts";

function invalid(s: string): never {
  throw new OscError(`invalid IPNetwork ${s}`);
}

/** netaddr's IPv4 parse: one to four decimal parts, the missing ones zero ("10.1" → 10.1.0.0). */
function ipv4(s: string): number[] | undefined {
  const parts = s.split(".");
  if (parts.length > 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return undefined;
  const n = parts.map(Number);
  if (n.some((x) => x > 255)) return undefined;
  return [...n, 0, 0, 0].slice(0, 4);
}

function ipv6(s: string): number[] | undefined {
  let text = s.toLowerCase();
  const lastColon = text.lastIndexOf(":");
  const last = text.slice(lastColon + 1);
  if (last.includes(".")) {
    // a dotted IPv4 tail stands for the last two groups
    const q = last.split(".").length === 4 ? ipv4(last) : undefined;
    if (!q) return undefined;
    const hex = (a: number, b: number) => ((a << 8) | b).toString(16);
    text = `${text.slice(0, lastColon + 1)}${hex(q[0], q[1])}:${hex(q[2], q[3])}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const group = (h: string) => h === "" ? [] : h.split(":");
  const head = group(halves[0]);
  const rest = halves.length === 2 ? group(halves[1]) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined;
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return undefined;
  const zeros = new Array(8 - given).fill(0);
  return [...head.map((g) => parseInt(g, 16)), ...zeros, ...rest.map((g) => parseInt(g, 16))];
}

/** netaddr's compact form: the longest run of two or more zero groups becomes "::". */
function ipv6Text(g: number[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  // IPv4-compatible and -mapped addresses keep a dotted tail
  const dotted = (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) &&
    !(g[5] === 0 && g[6] === 0);
  if (dotted) {
    const v4 = `${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`;
    return g[5] === 0xffff ? `::ffff:${v4}` : `::${v4}`;
  }
  const hex = g.map((x) => x.toString(16));
  if (best < 0) return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}

export function ipNetwork(raw: string): string {
  const s = raw.trim();
  const slash = s.indexOf("/");
  const addr = slash < 0 ? s : s.slice(0, slash);
  const prefix = slash < 0 ? undefined : s.slice(slash + 1);
  const v4 = addr.includes(":") ? undefined : ipv4(addr);
  const v6 = v4 ? undefined : ipv6(addr);
  if (!v4 && !v6) invalid(raw);
  const max = v4 ? 32 : 128;
  let len = max;
  if (prefix !== undefined) {
    if (!/^\d+$/.test(prefix) || Number(prefix) > max) invalid(raw);
    len = Number(prefix);
  }
  return `${v4 ? v4.join(".") : ipv6Text(v6!)}/${len}`;
}
