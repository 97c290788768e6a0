/**
 * Python's textwrap.fill(text, width) with default options, as prettytable
 * uses it to wrap cells wider than their column. Lengths count code points.
 */

const WS = "[\\t\\n\\x0b\\x0c\\r ]";
const NWS = "[^\\t\\n\\x0b\\x0c\\r ]";
const WORD = "[\\p{L}\\p{N}_]";
const WORD_PUNCT = "[\\p{L}\\p{N}_!\"'&.,?]";
const LETTER = "[\\p{L}\\p{Nl}\\p{No}_]";
const WORDSEP_SOURCE = `(${WS}+|(?<=${WORD_PUNCT})-{2,}(?=${WORD})|${NWS}+?(?:` +
  `-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})` +
  `|(?=${WS}|$)|(?<=${WORD_PUNCT})(?=-{2,}${WORD})))`;

let wordsep: RegExp | undefined;

function isPySpace(cp: number): boolean {
  return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp === 0x85 ||
    cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 ||
    cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/** `s.strip() == ''` */
function isBlank(s: readonly string[]): boolean {
  return s.every((ch) => isPySpace(ch.codePointAt(0)!));
}

function expandTabs(text: string): string {
  if (!text.includes("\t")) return text;
  let out = "";
  let col = 0;
  for (const ch of text) {
    if (ch === "\t") {
      const n = 8 - (col % 8);
      out += " ".repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

export function wrap(text: string, width: number): string[] {
  // deno-lint-ignore no-control-regex
  const munged = expandTabs(text).replace(/[\t\n\x0b\x0c\r]/g, " ");
  wordsep ??= new RegExp(WORDSEP_SOURCE, "u");
  // Chunks as arrays of code points, reversed so the next one is last.
  const chunks = munged.split(wordsep).filter((c) => c !== "").map((c) => Array.from(c));
  if (width <= 0) throw new Error(`invalid width ${width} (must be > 0)`);
  chunks.reverse();
  const lines: string[] = [];
  while (chunks.length > 0) {
    const line: string[][] = [];
    let len = 0;
    if (lines.length > 0 && isBlank(chunks[chunks.length - 1])) chunks.pop();
    while (chunks.length > 0) {
      const l = chunks[chunks.length - 1].length;
      if (len + l <= width) {
        line.push(chunks.pop()!);
        len += l;
      } else {
        break;
      }
    }
    if (chunks.length > 0 && chunks[chunks.length - 1].length > width) {
      const left = width < 1 ? 1 : width - len;
      const chunk = chunks[chunks.length - 1];
      let end = left;
      if (chunk.length > left && left > 0) {
        const hyphen = chunk.lastIndexOf("-", left - 1);
        if (hyphen > 0 && chunk.slice(0, hyphen).some((c) => c !== "-")) end = hyphen + 1;
      }
      line.push(chunk.slice(0, end));
      chunks[chunks.length - 1] = chunk.slice(end);
      len = line.reduce((n, c) => n + c.length, 0);
    }
    if (line.length > 0 && isBlank(line[line.length - 1])) {
      len -= line[line.length - 1].length;
      line.pop();
    }
    if (line.length > 0) lines.push(line.map((c) => c.join("")).join(""));
  }
  return lines;
}

export function fill(text: string, width: number): string {
  return wrap(text, width).join("\n");
}
