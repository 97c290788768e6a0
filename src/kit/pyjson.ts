/**
 * json.loads as CPython 3.11's C scanner reads a text, with its error messages
 * ("Expecting value: line 1 column 2 (char 1)"): for files the python client
 * parses itself and whose errors it prints (mapping rules). Positions count
 * code points, as python's str does.
 */

export class PyJsonError extends Error {}

const WS = " \t\n\r";
const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};
const NUMBER = /^(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/;

class Stop {
  constructor(readonly at: number) {}
}

export function pyJsonLoads(text: string): unknown {
  const s = Array.from(text);
  const n = s.length;
  const fail = (msg: string, pos: number): never => {
    const before = s.slice(0, pos);
    const line = before.filter((c) => c === "\n").length + 1;
    const col = pos - before.lastIndexOf("\n");
    throw new PyJsonError(`${msg}: line ${line} column ${col} (char ${pos})`);
  };
  const ws = (i: number) => {
    while (i < n && WS.includes(s[i])) i++;
    return i;
  };
  const word = (i: number, w: string) => s.slice(i, i + w.length).join("") === w;

  function str(i: number): [string, number] {
    const begin = i - 1;
    let out = "";
    for (;;) {
      if (i >= n) fail("Unterminated string starting at", begin);
      const c = s[i];
      if (c === '"') return [out, i + 1];
      if (c.codePointAt(0)! < 0x20) fail("Invalid control character at", i);
      if (c !== "\\") {
        out += c;
        i++;
        continue;
      }
      if (i + 1 >= n) fail("Unterminated string starting at", begin);
      const esc = s[i + 1];
      if (esc === "u") {
        const hex = s.slice(i + 2, i + 6).join("");
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("Invalid \\uXXXX escape", i + 1);
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
      } else if (esc in ESCAPES) {
        out += ESCAPES[esc];
        i += 2;
      } else {
        fail("Invalid \\escape", i);
      }
    }
  }

  function value(i: number): [unknown, number] {
    if (i >= n) throw new Stop(i);
    const c = s[i];
    if (c === '"') return str(i + 1);
    if (c === "{") return object(i + 1);
    if (c === "[") return array(i + 1);
    if (c === "n" && word(i, "null")) return [null, i + 4];
    if (c === "t" && word(i, "true")) return [true, i + 4];
    if (c === "f" && word(i, "false")) return [false, i + 5];
    if (c === "N" && word(i, "NaN")) return [NaN, i + 3];
    if (c === "I" && word(i, "Infinity")) return [Infinity, i + 8];
    if (c === "-" && word(i, "-Infinity")) return [-Infinity, i + 9];
    const m = NUMBER.exec(s.slice(i, i + 400).join(""));
    if (m) return [Number(m[0]), i + m[0].length];
    throw new Stop(i);
  }

  function expectValue(i: number): [unknown, number] {
    try {
      return value(i);
    } catch (e) {
      if (e instanceof Stop) fail("Expecting value", e.at);
      throw e;
    }
  }

  function array(i: number): [unknown[], number] {
    const out: unknown[] = [];
    i = ws(i);
    if (i < n && s[i] === "]") return [out, i + 1];
    for (;;) {
      const [v, next] = expectValue(i);
      out.push(v);
      i = ws(next);
      if (i < n && s[i] === "]") return [out, i + 1];
      if (i >= n || s[i] !== ",") fail("Expecting ',' delimiter", i);
      i = ws(i + 1);
    }
  }

  function object(i: number): [Record<string, unknown>, number] {
    const out: Record<string, unknown> = {};
    i = ws(i);
    if (i < n && s[i] === "}") return [out, i + 1];
    for (;;) {
      if (i >= n || s[i] !== '"') fail("Expecting property name enclosed in double quotes", i);
      const [key, afterKey] = str(i + 1);
      i = ws(afterKey);
      if (i >= n || s[i] !== ":") fail("Expecting ':' delimiter", i);
      const [v, next] = expectValue(ws(i + 1));
      out[key] = v;
      i = ws(next);
      if (i < n && s[i] === "}") return [out, i + 1];
      if (i >= n || s[i] !== ",") fail("Expecting ',' delimiter", i);
      i = ws(i + 1);
    }
  }

  const [v, end] = expectValue(ws(0));
  const rest = ws(end);
  if (rest !== n) fail("Extra data", rest);
  return v;
}
