/** Timing helpers: run commands alternately, N rounds, report medians. */

export interface Subject {
  label: string;
  cmd: string[];
  env?: Record<string, string>;
}

export interface Stats {
  label: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  failures: number;
}

async function once(s: Subject): Promise<{ ms: number; ok: boolean }> {
  const t0 = performance.now();
  const out = await new Deno.Command(s.cmd[0], {
    args: s.cmd.slice(1),
    env: s.env,
    stdout: "null",
    stderr: "null",
  }).output();
  return { ms: performance.now() - t0, ok: out.success };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Alternates subjects each round so drift in machine load hits all of them alike. */
export async function compare(subjects: Subject[], rounds: number, warmup = 1): Promise<Stats[]> {
  const times = subjects.map(() => [] as number[]);
  const failures = subjects.map(() => 0);
  for (let r = 0; r < warmup; r++) for (const s of subjects) await once(s);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < subjects.length; i++) {
      const { ms, ok } = await once(subjects[i]);
      times[i].push(ms);
      if (!ok) failures[i]++;
    }
  }
  return subjects.map((s, i) => ({
    label: s.label,
    median: median(times[i]),
    min: Math.min(...times[i]),
    max: Math.max(...times[i]),
    runs: rounds,
    failures: failures[i],
  }));
}

export function table(title: string, stats: Stats[], baseline: string): string {
  const base = stats.find((s) => s.label === baseline)!;
  const lines = [
    `## ${title}`,
    "",
    "| subject | median ms | min | max | ratio to " + baseline + " | failed runs |",
    "|---|---:|---:|---:|---:|---:|",
  ];
  for (const s of stats) {
    lines.push(
      `| ${s.label} | ${s.median.toFixed(1)} | ${s.min.toFixed(1)} | ${s.max.toFixed(1)} | ${
        (s.median / base.median).toFixed(2)
      }× | ${s.failures} |`,
    );
  }
  return lines.join("\n") + "\n";
}
