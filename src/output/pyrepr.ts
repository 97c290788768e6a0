/**
 * Python's str() and repr() for JSON-like values, as the python client prints
 * cells that are not pre-formatted: lists as `['a', 'b']`, null as `None`.
 *
 * Numbers: a JS safe integer stands for a python int, anything else for a
 * float (python's json reads 1e16 or 1.5e300 as floats; JS can't tell), and
 * so is -0, which only "-0.0" produces.
 */

/** Whether a JS number stands for a python int. */
export function isPyInt(n: number): boolean {
  return Number.isSafeInteger(n) && !Object.is(n, -0);
}
import { isFormatted, PyFloat } from "./types.ts";

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

/** Python int/float text for a JS number. */
export function pyNumber(n: number): string {
  return isPyInt(n) ? String(n) : pyFloatRepr(n);
}

/** float.__repr__: shortest round-trip digits, exponent outside [1e-4, 1e16). */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mant, expText] = x.toExponential().split("e");
  const exp = Number.parseInt(expText, 10);
  const sign = mant.startsWith("-") ? "-" : "";
  const digits = mant.replace("-", "").replace(".", "");
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = String(Math.abs(exp)).padStart(2, "0");
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const frac = digits.slice(exp + 1);
  return `${sign}${whole}.${frac === "" ? "0" : frac}`;
}

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, "0");
}

/** repr() of a python str. */
export function pyReprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x7f || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (!NON_PRINTABLE.test(ch)) out += ch;
    else if (cp <= 0xff) out += "\\x" + hex(cp, 2);
    else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
  }
  return out + quote;
}

/** repr() of a value. */
export function pyRepr(v: unknown): string {
  return typeof v === "string" ? pyReprString(v) : pyStr(v);
}

/** str() of a value (a pre-formatted cell gives its machine-readable value). */
export function pyStr(v: unknown): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return pyNumber(v);
    case "boolean":
      return v ? "True" : "False";
    case "bigint":
      return v.toString();
    case "undefined":
      return "None";
    case "object": {
      if (v === null) return "None";
      if (Array.isArray(v)) return "[" + v.map(pyRepr).join(", ") + "]";
      if (isFormatted(v)) return pyStr(v.machine);
      if (v instanceof PyFloat) return pyFloatRepr(v.value);
      const parts: string[] = [];
      for (const [k, val] of Object.entries(v)) parts.push(pyRepr(k) + ": " + pyRepr(val));
      return "{" + parts.join(", ") + "}";
    }
    default:
      return String(v);
  }
}

/** Python's comparison of strings: by code point. */
export function cmpCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (astral code points) sort after the rest of the BMP.
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}
