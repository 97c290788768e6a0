/**
 * JSON text the way Python's json.dumps writes it (the real services are
 * Python): ", " and ": " separators (or "," and ":" when compact), non-ASCII
 * escaped as \uXXXX (ensure_ascii), and floats that stay floats (1.0, not 1)
 * when wrapped in PyFloat.
 */

export class PyFloat {
  constructor(readonly value: number) {}
}

/** JSON text already written by pyJson (same separators), emitted as is. */
export class PyRaw {
  constructor(readonly text: string) {}
}

const SHORT: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

export function pyString(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) continue;
    if (i > start) out += s.slice(start, i);
    const ch = s[i];
    out += SHORT[ch] ?? "\\u" + c.toString(16).padStart(4, "0");
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

function pyFloat(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "Infinity" : "-Infinity";
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1);
  return String(v);
}

export function pyJson(value: unknown, compact = false): string {
  const parts: string[] = [];
  const sep = compact ? "," : ", ";
  const kv = compact ? ":" : ": ";
  const walk = (v: unknown): void => {
    if (v === null || v === undefined) parts.push("null");
    else if (typeof v === "string") parts.push(pyString(v));
    else if (typeof v === "number") parts.push(Number.isInteger(v) ? String(v) : pyFloat(v));
    else if (typeof v === "boolean") parts.push(v ? "true" : "false");
    else if (v instanceof PyFloat) parts.push(pyFloat(v.value));
    else if (v instanceof PyRaw) parts.push(v.text);
    else if (Array.isArray(v)) {
      parts.push("[");
      for (let i = 0; i < v.length; i++) {
        if (i) parts.push(sep);
        walk(v[i]);
      }
      parts.push("]");
    } else if (typeof v === "object") {
      parts.push("{");
      let first = true;
      for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
        if (val === undefined) continue;
        if (!first) parts.push(sep);
        first = false;
        parts.push(pyString(k), kv);
        walk(val);
      }
      parts.push("}");
    } else parts.push(pyString(String(v)));
  };
  walk(value);
  return parts.join("");
}

/** Python's urllib.parse.urlencode (quote_plus) for a list of pairs. */
export function pyUrlencode(pairs: [string, string][]): string {
  const q = (s: string) =>
    encodeURIComponent(s)
      .replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase())
      .replace(/%20/g, "+");
  return pairs.map(([k, v]) => `${q(k)}=${q(v)}`).join("&");
}
