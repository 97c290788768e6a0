/**
 * python json.dump(obj, indent=2 or None) with the default ensure_ascii=True.
 * A Map stands for a python dict whose key order must be kept.
 */
import { pyFloatRepr, pyNumber } from "./pyrepr.ts";
import { PyFloat } from "./types.ts";

// Characters json's ASCII encoder passes through unchanged.
const SAFE = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const SHORT: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

export function jsonString(s: string): string {
  if (SAFE.test(s)) return '"' + s + '"';
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) out += s[i];
    else out += SHORT[s[i]] ?? "\\u" + c.toString(16).padStart(4, "0");
  }
  return out + '"';
}

function jsonNumber(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "-Infinity";
  return pyNumber(n);
}

function jsonFloat(n: number): string {
  return Number.isFinite(n) ? pyFloatRepr(n) : jsonNumber(n);
}

function encodePairs(
  pairs: readonly (readonly [string, unknown])[],
  indent: number | null,
  level: number,
): string {
  if (pairs.length === 0) return "{}";
  const inner = indent === null ? "" : "\n" + " ".repeat(indent * (level + 1));
  const sep = indent === null ? ", " : "," + inner;
  const close = indent === null ? "" : "\n" + " ".repeat(indent * level);
  const items = pairs.map(([k, v]) => jsonString(k) + ": " + encodeJson(v, indent, level + 1));
  return "{" + inner + items.join(sep) + close + "}";
}

export function encodeJson(v: unknown, indent: number | null, level = 0): string {
  switch (typeof v) {
    case "string":
      return jsonString(v);
    case "number":
      return jsonNumber(v);
    case "bigint":
      return v.toString();
    case "boolean":
      return v ? "true" : "false";
    case "undefined":
      return "null";
    case "object": {
      if (v === null) return "null";
      if (v instanceof PyFloat) return jsonFloat(v.value);
      if (Array.isArray(v)) {
        if (v.length === 0) return "[]";
        const inner = indent === null ? "" : "\n" + " ".repeat(indent * (level + 1));
        const sep = indent === null ? ", " : "," + inner;
        const close = indent === null ? "" : "\n" + " ".repeat(indent * level);
        return "[" + inner + v.map((x) => encodeJson(x, indent, level + 1)).join(sep) + close +
          "]";
      }
      // A Map is a python dict built by the formatter (keeps insertion order).
      const pairs = v instanceof Map ? [...v] : Object.entries(v);
      return encodePairs(pairs, indent, level);
    }
    default:
      return jsonString(String(v));
  }
}
