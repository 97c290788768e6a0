/**
 * Every parity case: the default exports of tests/parity/cases/*.ts (one file per noun, as in
 * src/commands/), in file-name order. A new file is picked up without being listed anywhere.
 */
import type { ParityCase, ReadCase, WriteCase } from "./case.ts";

const DIR = new URL("./cases/", import.meta.url);

async function load(): Promise<ParityCase[]> {
  const files: string[] = [];
  for await (const e of Deno.readDir(DIR)) {
    if (e.isFile && e.name.endsWith(".ts")) files.push(e.name);
  }
  files.sort();
  const all: ParityCase[] = [];
  for (const f of files) {
    const mod = await import(new URL(f, DIR).href);
    if (!Array.isArray(mod.default)) throw new Error(`tests/parity/cases/${f}: no default array`);
    all.push(...mod.default);
  }
  const names = new Set<string>();
  for (const c of all) {
    const key = `${c.kind} ${c.name}`;
    if (names.has(key)) throw new Error(`two parity cases are named ${JSON.stringify(c.name)}`);
    names.add(key);
  }
  return all;
}

export const cases: readonly ParityCase[] = await load();

export const readCases: readonly ReadCase[] = cases.filter((c): c is ReadCase => c.kind === "read");
/** What the live read suite runs. */
export const liveReadCases: readonly ReadCase[] = readCases.filter((c) => c.live);
/** What the unit tests replay (record.ts records them). */
export const fixtureCases: readonly (ReadCase & { fixture: string })[] = readCases.filter((
  c,
): c is ReadCase & { fixture: string } => c.fixture !== undefined);
export const writeCases: readonly WriteCase[] = cases.filter((c): c is WriteCase =>
  c.kind === "write"
);
