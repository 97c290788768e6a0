/**
 * PyYAML's yaml.safe_dump(data, default_flow_style=False) for JSON-like data:
 * block collections, keys sorted, ASCII only (allow_unicode is off), lines
 * folded near 80 columns. A Map stands for a python dict.
 */
import { cmpCodePoints, isPyInt, pyFloatRepr } from "./pyrepr.ts";
import { PyFloat } from "./types.ts";

const BEST_WIDTH = 80;
// Text that is certainly a plain scalar unless it reads as another type.
const SIMPLE = /^[A-Za-z0-9_./()=+:-]+$/;

const isBreak = (ch: string): boolean =>
  ch === "\n" || ch === "\x85" || ch === "\u2028" || ch === "\u2029";
const isSpaceOrBreak = (ch: string): boolean => ch === " " || isBreak(ch);
const isWhitespace = (ch: string): boolean =>
  ch === " " || ch === "\t" || ch === "\r" || ch === "\0" || isBreak(ch);
const ESCAPES: Record<string, string> = {
  "\0": "0",
  "\x07": "a",
  "\x08": "b",
  "\x09": "t",
  "\x0A": "n",
  "\x0B": "v",
  "\x0C": "f",
  "\x0D": "r",
  "\x1B": "e",
  '"': '"',
  "\\": "\\",
  "\x85": "N",
  "\xA0": "_",
  "\u2028": "L",
  "\u2029": "P",
};

// Strings that would read back as something other than a string.
const IMPLICIT = [
  /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^(?:<<)$/,
  /^(?:~|null|Null|NULL|)$/,
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
  /^(?:=)$/,
  /^(?:!|&|\*)$/,
];

function readsAsString(text: string): boolean {
  for (const re of IMPLICIT) if (re.test(text)) return false;
  return true;
}

interface Analysis {
  readonly empty: boolean;
  readonly multiline: boolean;
  readonly allowBlockPlain: boolean;
  readonly allowSingleQuoted: boolean;
}

function analyze(t: readonly string[]): Analysis {
  const n = t.length;
  if (n === 0) {
    return { empty: true, multiline: false, allowBlockPlain: true, allowSingleQuoted: true };
  }
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  const head = t.slice(0, 3).join("");
  if (head === "---" || head === "...") blockIndicators = true;
  let precededByWs = true;
  let followedByWs = n === 1 || isWhitespace(t[1]);
  let prevSpace = false;
  let prevBreak = false;
  for (let i = 0; i < n; i++) {
    const ch = t[i];
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(ch)) blockIndicators = true;
      if ((ch === "?" || ch === ":") && followedByWs) blockIndicators = true;
      if (ch === "-" && followedByWs) blockIndicators = true;
    } else {
      if (ch === ":" && followedByWs) blockIndicators = true;
      if (ch === "#" && precededByWs) blockIndicators = true;
    }
    const brk = isBreak(ch);
    if (brk) lineBreaks = true;
    const cp = ch.codePointAt(0)!;
    // Non-ASCII is escaped since allow_unicode is off; controls always are.
    if (!(ch === "\n" || (cp >= 0x20 && cp <= 0x7e))) special = true;
    if (ch === " ") {
      if (i === 0) leadingSpace = true;
      if (i === n - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (brk) {
      if (i === 0) leadingBreak = true;
      if (i === n - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWs = isWhitespace(ch);
    followedByWs = i + 2 >= n || isWhitespace(t[i + 2]);
  }
  let allowBlockPlain = true;
  let allowSingleQuoted = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) allowBlockPlain = false;
  if (breakSpace) allowBlockPlain = allowSingleQuoted = false;
  if (spaceBreak || special) allowBlockPlain = allowSingleQuoted = false;
  if (lineBreaks || blockIndicators) allowBlockPlain = false;
  return { empty: false, multiline: lineBreaks, allowBlockPlain, allowSingleQuoted };
}

interface Context {
  readonly root?: boolean;
  readonly mapping?: boolean;
  readonly simpleKey?: boolean;
}

class Emitter {
  out = "";
  column = 0;
  whitespace = true;
  indention = true;
  indent: number | null = null;
  indents: (number | null)[] = [];
  openEnded = false;

  write(data: string, len: number): void {
    this.out += data;
    this.column += len;
  }

  increaseIndent(flow: boolean, indentless = false): void {
    this.indents.push(this.indent);
    if (this.indent === null) this.indent = flow ? 2 : 0;
    else if (!indentless) this.indent += 2;
  }

  writeIndicator(
    indicator: string,
    needWhitespace: boolean,
    whitespace = false,
    indention = false,
  ) {
    const data = this.whitespace || !needWhitespace ? indicator : " " + indicator;
    this.whitespace = whitespace;
    this.indention = this.indention && indention;
    this.openEnded = false;
    this.write(data, data.length);
  }

  writeIndent(): void {
    const indent = this.indent ?? 0;
    if (
      !this.indention || this.column > indent || (this.column === indent && !this.whitespace)
    ) this.writeLineBreak();
    if (this.column < indent) {
      this.whitespace = true;
      this.write(" ".repeat(indent - this.column), indent - this.column);
    }
  }

  writeLineBreak(data = "\n"): void {
    this.whitespace = true;
    this.indention = true;
    this.out += data;
    this.column = 0;
  }

  writeBreaks(t: readonly string[], start: number, end: number): void {
    for (let i = start; i < end; i++) {
      if (t[i] === "\n") this.writeLineBreak();
      else this.writeLineBreak(t[i]);
    }
  }

  writePlain(t: readonly string[], split: boolean): void {
    if (t.length === 0) return;
    if (!this.whitespace) this.write(" ", 1);
    this.whitespace = false;
    this.indention = false;
    let spaces = false;
    let breaks = false;
    let start = 0;
    for (let end = 0; end <= t.length; end++) {
      const ch = end < t.length ? t[end] : null;
      if (spaces) {
        if (ch !== " ") {
          if (start + 1 === end && this.column > BEST_WIDTH && split) {
            this.writeIndent();
            this.whitespace = false;
            this.indention = false;
          } else {
            this.write(t.slice(start, end).join(""), end - start);
          }
          start = end;
        }
      } else if (breaks) {
        if (ch === null || !isBreak(ch)) {
          if (t[start] === "\n") this.writeLineBreak();
          this.writeBreaks(t, start, end);
          this.writeIndent();
          this.whitespace = false;
          this.indention = false;
          start = end;
        }
      } else if (ch === null || isSpaceOrBreak(ch)) {
        this.write(t.slice(start, end).join(""), end - start);
        start = end;
      }
      if (ch !== null) {
        spaces = ch === " ";
        breaks = isBreak(ch);
      }
    }
  }

  writeSingleQuoted(t: readonly string[], split: boolean): void {
    this.writeIndicator("'", true);
    let spaces = false;
    let breaks = false;
    let start = 0;
    for (let end = 0; end <= t.length; end++) {
      const ch = end < t.length ? t[end] : null;
      if (spaces) {
        if (ch === null || ch !== " ") {
          if (
            start + 1 === end && this.column > BEST_WIDTH && split && start !== 0 &&
            end !== t.length
          ) {
            this.writeIndent();
          } else {
            this.write(t.slice(start, end).join(""), end - start);
          }
          start = end;
        }
      } else if (breaks) {
        if (ch === null || !isBreak(ch)) {
          if (t[start] === "\n") this.writeLineBreak();
          this.writeBreaks(t, start, end);
          this.writeIndent();
          start = end;
        }
      } else if (ch === null || isSpaceOrBreak(ch) || ch === "'") {
        if (start < end) {
          this.write(t.slice(start, end).join(""), end - start);
          start = end;
        }
      }
      if (ch === "'") {
        this.write("''", 2);
        start = end + 1;
      }
      if (ch !== null) {
        spaces = ch === " ";
        breaks = isBreak(ch);
      }
    }
    this.writeIndicator("'", false);
  }

  writeDoubleQuoted(t: readonly string[], split: boolean): void {
    this.writeIndicator('"', true);
    let start = 0;
    for (let end = 0; end <= t.length; end++) {
      const ch = end < t.length ? t[end] : null;
      const cp = ch === null ? 0 : ch.codePointAt(0)!;
      if (ch === null || '"\\\x85\u2028\u2029\uFEFF'.includes(ch) || !(cp >= 0x20 && cp <= 0x7e)) {
        if (start < end) {
          this.write(t.slice(start, end).join(""), end - start);
          start = end;
        }
        if (ch !== null) {
          let data: string;
          if (ch in ESCAPES) data = "\\" + ESCAPES[ch];
          else if (cp <= 0xff) data = "\\x" + cp.toString(16).toUpperCase().padStart(2, "0");
          else if (cp <= 0xffff) data = "\\u" + cp.toString(16).toUpperCase().padStart(4, "0");
          else data = "\\U" + cp.toString(16).toUpperCase().padStart(8, "0");
          this.write(data, data.length);
          start = end + 1;
        }
      }
      if (
        end > 0 && end < t.length - 1 && (ch === " " || start >= end) &&
        this.column + (end - start) > BEST_WIDTH && split
      ) {
        const data = t.slice(start, end).join("") + "\\";
        const len = Math.max(0, end - start) + 1;
        if (start < end) start = end;
        this.write(data, len);
        this.writeIndent();
        this.whitespace = false;
        this.indention = false;
        if (t[start] === " ") this.write("\\", 1);
      }
    }
    this.writeIndicator('"', false);
  }

  /** A scalar's text, and whether it is a python str (else it is always plain). */
  scalar(text: string, isString: boolean, ctx: Context, analysis?: Analysis): void {
    if (
      SIMPLE.test(text) && (!isString || readsAsString(text)) && !text.endsWith(":") &&
      text !== "-" &&
      !text.startsWith("---") && !text.startsWith("...")
    ) {
      // A plain scalar without spaces: written in one piece, never folded.
      if (!this.whitespace) this.write(" ", 1);
      this.whitespace = false;
      this.indention = false;
      this.write(text, text.length);
      if (ctx.root) this.openEnded = true;
      return;
    }
    this.increaseIndent(true);
    const t = Array.from(text);
    const split = !ctx.simpleKey;
    // A plain scalar as the whole document needs an explicit end marker.
    const plain = (chars: readonly string[]) => {
      if (ctx.root) this.openEnded = true;
      this.writePlain(chars, split);
    };
    if (!isString) {
      plain(t);
    } else {
      const a = analysis ?? analyze(t);
      if (
        readsAsString(text) && !(ctx.simpleKey && (a.empty || a.multiline)) && a.allowBlockPlain
      ) {
        plain(t);
      } else if (a.allowSingleQuoted && !(ctx.simpleKey && a.multiline)) {
        this.writeSingleQuoted(t, split);
      } else {
        this.writeDoubleQuoted(t, split);
      }
    }
    this.indent = this.indents.pop()!;
  }

  node(v: unknown, ctx: Context): void {
    switch (typeof v) {
      case "string":
        return this.scalar(v, true, ctx);
      case "number":
        return this.scalar(yamlNumber(v), false, ctx);
      case "bigint":
        return this.scalar(v.toString(), false, ctx);
      case "boolean":
        return this.scalar(v ? "true" : "false", false, ctx);
      case "undefined":
        return this.scalar("null", false, ctx);
      case "object":
        if (v === null) return this.scalar("null", false, ctx);
        if (v instanceof PyFloat) return this.scalar(yamlFloat(v.value), false, ctx);
        if (Array.isArray(v)) return this.sequence(v, ctx);
        return this.mapping(v instanceof Map ? [...v] : Object.entries(v));
      default:
        return this.scalar(String(v), true, ctx);
    }
  }

  flow(open: string, close: string): void {
    this.writeIndicator(open, true, true);
    this.increaseIndent(true);
    this.indent = this.indents.pop()!;
    this.writeIndicator(close, false);
  }

  sequence(items: readonly unknown[], ctx: Context): void {
    if (items.length === 0) return this.flow("[", "]");
    this.increaseIndent(false, !!ctx.mapping && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator("-", true, false, true);
      this.node(item, {});
    }
    this.indent = this.indents.pop()!;
  }

  mapping(pairs: [string, unknown][]): void {
    if (pairs.length === 0) return this.flow("{", "}");
    pairs.sort((a, b) => cmpCodePoints(a[0], b[0]));
    this.increaseIndent(false);
    for (const [key, value] of pairs) {
      this.writeIndent();
      const t = Array.from(key);
      const a = analyze(t);
      if (t.length < 128 && !a.empty && !a.multiline) {
        this.scalar(key, true, { mapping: true, simpleKey: true }, a);
        this.writeIndicator(":", false);
      } else {
        this.writeIndicator("?", true, false, true);
        this.scalar(key, true, { mapping: true }, a);
        this.writeIndent();
        this.writeIndicator(":", true, false, true);
      }
      this.node(value, { mapping: true });
    }
    this.indent = this.indents.pop()!;
  }
}

function yamlNumber(n: number): string {
  return isPyInt(n) ? String(n) : yamlFloat(n);
}

function yamlFloat(n: number): string {
  if (Number.isNaN(n)) return ".nan";
  if (n === Infinity) return ".inf";
  if (n === -Infinity) return "-.inf";
  const r = pyFloatRepr(n).toLowerCase();
  return !r.includes(".") && r.includes("e") ? r.replace("e", ".0e") : r;
}

/** One yaml.safe_dump() call: a document whose root is `data`. */
export function dumpYaml(data: unknown): string {
  const e = new Emitter();
  e.node(data, { root: true });
  e.writeIndent();
  if (e.openEnded) {
    e.writeIndicator("...", true);
    e.writeIndent();
  }
  return e.out;
}
