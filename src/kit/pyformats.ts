/**
 * Checks the python client makes of a value's form before it sends anything:
 * iso8601.parse_date (a server event's --changes-since) and oslo's
 * uuidutils.is_uuid_like (a deleted server's ID, taken as is).
 */

import { pyReprString } from "../output/pyrepr.ts";

// iso8601 1.0's ISO8601_REGEX, compacted; python's [0-9] is ASCII, as \d is here
const ISO8601 = new RegExp(
  "^(?<year>\\d{4})(((-(?<monthdash>\\d{1,2}))|(?<month>\\d{2})(?!$))" +
    "(((-(?<daydash>\\d{1,2}))|(?<day>\\d{2}))" +
    "([ T](?<hour>\\d{2})(:?(?<minute>\\d{2}))?(:?(?<second>\\d{1,2})([.,]\\d+)?)?" +
    "(Z|[-+](?<tzhour>\\d{2}):?(?<tzminute>\\d{2})?)?)?)?)?$",
);

/** iso8601.parse_date accepts it: the form, then datetime's ranges. */
export function isIso8601(s: string): boolean {
  const g = ISO8601.exec(s)?.groups;
  if (!g) return false;
  const n = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
  const year = n(g.year, 0);
  const month = n(g.month ?? g.monthdash, 1);
  const day = n(g.day ?? g.daydash, 1);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day > days) return false;
  if (n(g.hour, 0) > 23 || n(g.minute, 0) > 59 || n(g.second, 0) > 59) return false;
  // datetime.timezone takes offsets strictly within a day
  const offset = n(g.tzhour, 0) * 60 + n(g.tzminute, 0);
  return offset < 24 * 60;
}

/** oslo_utils.uuidutils.is_uuid_like: 32 hex digits once "urn:", "uuid:", braces and "-" go. */
export function isUuidLike(s: string): boolean {
  const hex = s.replaceAll("urn:", "").replaceAll("uuid:", "").replace(/^[{}]+|[{}]+$/g, "")
    .replaceAll("-", "");
  return /^[0-9a-fA-F]{32}$/.test(hex);
}

// _strptime's patterns for %Y, %m and %d, alternatives in its order
const YMD = /^(\d\d\d\d)-(1[0-2]|0[1-9]|[1-9])-(3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])/;

/**
 * datetime.strptime(s, "%Y-%m-%d") as a UTC date, or python's ValueError message
 * ("time data 'x' does not match format '%Y-%m-%d'", "unconverted data remains: x",
 * "day is out of range for month").
 */
export function strptimeYmd(s: string): Date | string {
  const m = YMD.exec(s);
  if (!m) return `time data ${pyReprString(s)} does not match format '%Y-%m-%d'`;
  if (m[0].length !== s.length) return `unconverted data remains: ${s.slice(m[0].length)}`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3].trim())];
  if (year < 1) return `year ${year} is out of range`;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCDate() !== day) return "day is out of range for month";
  return d;
}

/** datetime.isoformat() of a naive UTC time: microseconds only when not zero. */
export function pyIsoformat(d: Date): string {
  const iso = d.toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  const ms = d.getUTCMilliseconds();
  return iso.slice(0, 19) + (ms ? `.${String(ms * 1000).padStart(6, "0")}` : "");
}
