/**
 * --expiration as the python client reads it (strptime '%Y-%m-%dT%H:%M:%S') and sends it
 * (keystoneclient's isotime with microseconds: "2031-01-02T03:04:05.000000Z").
 */
import { OscError } from "../errors.ts";

export function keystoneExpiry(s: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})T(\d{1,2}):(\d{1,2}):(\d{1,2})$/.exec(s);
  const [y, mo, d, h, mi, se] = (m ?? []).slice(1).map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, Math.min(se, 59)));
  const valid = m && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 &&
    t.getUTCDate() === d && h <= 23 && mi <= 59 && se <= 61;
  if (!valid) throw new OscError(`time data '${s}' does not match format '%Y-%m-%dT%H:%M:%S'`);
  return t.toISOString().replace(/\.\d{3}Z$/, ".000000Z");
}
