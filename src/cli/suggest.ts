/**
 * "Did you mean" candidates, as cliff computes them: every command starting
 * with the first word scores 0; otherwise the weighted Damerau-Levenshtein
 * distance between the first word and the command's first word, plus 1. All
 * candidates at the lowest score are returned, sorted.
 */

const COST = { swap: 0, substitute: 2, add: 1, delete: 3 };

export function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length * COST.add;
  if (b.length === 0) return a.length * COST.delete;
  let row0 = Array.from({ length: b.length + 1 }, (_, i) => i * COST.add);
  let row1 = row0.slice();
  let row2 = row0.slice();
  for (let i = 0; i < a.length; i++) {
    row2[0] = (i + 1) * COST.delete;
    for (let j = 0; j < b.length; j++) {
      const sub = row1[j] + (a[i] !== b[j] ? COST.substitute : 0);
      const ins = row2[j] + COST.add;
      const del = row1[j + 1] + COST.delete;
      let best = Math.min(sub, ins, del);
      if (i > 0 && j > 0 && a[i - 1] === b[j] && a[i] === b[j - 1]) {
        best = Math.min(best, row0[j - 1] + COST.swap);
      }
      row2[j + 1] = best;
    }
    [row0, row1, row2] = [row1, row2, row0];
  }
  return row1[b.length];
}

export function fuzzyMatches(word: string, commandIds: readonly string[]): string[] {
  const scored = [...commandIds].sort().map((id): [number, string] =>
    id.startsWith(word) ? [0, id] : [damerauLevenshtein(word, id.split(" ")[0]) + 1, id]
  );
  scored.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  const out: string[] = [];
  let bar = 0;
  for (const [d, id] of scored) {
    if (d > bar) {
      if (bar) break;
      bar = d;
    }
    out.push(id);
  }
  return out;
}

/** The python client's text for an unknown command (it goes to stdout, exit 2). */
export function unknownCommandText(
  words: readonly string[],
  commandIds: readonly string[],
): string {
  const matches = fuzzyMatches(words[0] ?? "", commandIds);
  return `openstack: '${words.join(" ")}' is not an openstack command. See 'openstack --help'.\n` +
    "Did you mean one of these?\n" + matches.map((m) => `  ${m}\n`).join("");
}
