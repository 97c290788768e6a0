/** Timing helpers: run commands alternately, N rounds, report medians. */

export interface Subject {
  label: string;
  cmd: string[];
  env?: Record<string, string>;
  cwd?: string;
  /** Runs before every run of this subject, untimed (e.g. empty the token cache). */
  before?: () => Promise<void>;
  /** Record peak RSS (GNU time's %M). */
  rss?: boolean;
  /** Looks at a run's output; a message marks the run failed (and is reported once). */
  check?: (out: RunOutput) => string | undefined;
}

export interface RunOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Stats {
  label: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  failures: number;
  /** Peak RSS in MB: median and max over the runs, when recorded. */
  rssMb?: number;
  rssMaxMb?: number;
  /** First failure message, if any. */
  error?: string;
  /** The last run's output (when a check asked for it). */
  last?: RunOutput;
}

const TIME = "/usr/bin/time";

async function once(
  s: Subject,
): Promise<{ ms: number; ok: boolean; rssKb?: number; out?: RunOutput; error?: string }> {
  if (s.before) await s.before();
  let cmd = s.cmd;
  let rssFile: string | undefined;
  if (s.rss) {
    rssFile = await Deno.makeTempFile({ prefix: "bench-rss-" });
    cmd = [TIME, "-f", "%M", "-o", rssFile, ...cmd];
  }
  const piped = s.check !== undefined;
  const t0 = performance.now();
  const res = await new Deno.Command(cmd[0], {
    args: cmd.slice(1),
    env: s.env,
    clearEnv: s.env !== undefined,
    cwd: s.cwd,
    stdin: "null",
    stdout: piped ? "piped" : "null",
    stderr: piped ? "piped" : "null",
  }).output();
  const ms = performance.now() - t0;
  let rssKb: number | undefined;
  if (rssFile) {
    const text = await Deno.readTextFile(rssFile);
    await Deno.remove(rssFile);
    const n = Number(text.trim().split("\n").pop());
    if (Number.isFinite(n)) rssKb = n;
  }
  let ok = res.success;
  let out: RunOutput | undefined;
  let error: string | undefined;
  if (piped) {
    const dec = new TextDecoder();
    out = { code: res.code, stdout: dec.decode(res.stdout), stderr: dec.decode(res.stderr) };
    error = s.check!(out);
    if (error) ok = false;
    else if (!res.success) error = `exit ${res.code}: ${out.stderr.split("\n")[0]}`;
  }
  return { ms, ok, rssKb, out, error };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Alternates subjects each round so drift in machine load hits all of them alike. */
export async function compare(subjects: Subject[], rounds: number, warmup = 1): Promise<Stats[]> {
  const times = subjects.map(() => [] as number[]);
  const rss = subjects.map(() => [] as number[]);
  const failures = subjects.map(() => 0);
  const errors: (string | undefined)[] = subjects.map(() => undefined);
  const last: (RunOutput | undefined)[] = subjects.map(() => undefined);
  for (let r = 0; r < warmup; r++) for (const s of subjects) await once(s);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < subjects.length; i++) {
      const { ms, ok, rssKb, out, error } = await once(subjects[i]);
      times[i].push(ms);
      if (rssKb !== undefined) rss[i].push(rssKb / 1024);
      if (!ok) failures[i]++;
      errors[i] ??= error;
      if (out) last[i] = out;
    }
  }
  return subjects.map((s, i) => ({
    label: s.label,
    median: median(times[i]),
    min: Math.min(...times[i]),
    max: Math.max(...times[i]),
    runs: rounds,
    failures: failures[i],
    ...(rss[i].length ? { rssMb: median(rss[i]), rssMaxMb: Math.max(...rss[i]) } : {}),
    ...(errors[i] ? { error: errors[i] } : {}),
    ...(last[i] ? { last: last[i] } : {}),
  }));
}

export function table(title: string, stats: Stats[], baseline: string): string {
  const base = stats.find((s) => s.label === baseline)!;
  const withRss = stats.some((s) => s.rssMb !== undefined);
  const lines = [
    `## ${title}`,
    "",
    "| subject | median ms | min | max | ratio to " + baseline + " |" +
    (withRss ? " peak RSS MB (median / max) |" : "") + " failed runs |",
    "|---|---:|---:|---:|---:|" + (withRss ? "---:|" : "") + "---:|",
  ];
  for (const s of stats) {
    const rss = withRss
      ? ` ${s.rssMb === undefined ? "—" : `${s.rssMb.toFixed(0)} / ${s.rssMaxMb!.toFixed(0)}`} |`
      : "";
    lines.push(
      `| ${s.label} | ${s.median.toFixed(1)} | ${s.min.toFixed(1)} | ${s.max.toFixed(1)} | ${
        (s.median / base.median).toFixed(2)
      }× |${rss} ${s.failures} |`,
    );
  }
  for (const s of stats) if (s.error) lines.push("", `${s.label}: first failure: ${s.error}`);
  return lines.join("\n") + "\n";
}
