/** In-memory Deps for running the CLI as a function in tests. */
import type { Deps, FileSystem } from "../../src/context.ts";

export interface Captured {
  deps: Deps;
  stdout(): string;
  stderr(): string;
  files: Map<string, string>;
}

export function fakeDeps(opts: {
  env?: Record<string, string>;
  files?: Record<string, string>;
  fetch?: typeof fetch;
  cwd?: string;
  width?: number;
  signal?: AbortSignal;
  /** --wait pauses; default: none at all. */
  sleep?: (ms: number) => Promise<void>;
} = {}): Captured {
  let out = "";
  let err = "";
  const files = new Map(Object.entries(opts.files ?? {}));
  const modes = new Map<string, number>();
  const fs: FileSystem = {
    readTextFile: (p) => Promise.resolve(files.get(p)),
    mode: (p) => Promise.resolve(files.has(p) ? modes.get(p) ?? 0o600 : undefined),
    writeFileAtomic: (p, d, m) => {
      files.set(p, d);
      modes.set(p, m);
      return Promise.resolve();
    },
    createExclusive: (p, d, m) => {
      if (files.has(p)) return Promise.resolve(false);
      files.set(p, d);
      modes.set(p, m);
      return Promise.resolve(true);
    },
    mkdirp: () => Promise.resolve(),
    remove: (p) => {
      files.delete(p);
      return Promise.resolve();
    },
    // uploads and downloads (image create/save, object create/save) from and to `files`
    openRead: (p) => {
      const text = files.get(p);
      if (text === undefined) return Promise.reject(new Deno.errors.NotFound(p));
      const bytes = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
      return Promise.resolve({ stream: ReadableStream.from([bytes]), size: bytes.length });
    },
    writeStream: async (p, data) => {
      files.set(p, await new Response(data).text());
    },
  };
  const f = opts.fetch ?? (() => Promise.reject(new Error("no network in this test")));
  const deps: Deps = {
    stdout: { write: (t) => Promise.resolve(void (out += t)) },
    stderr: { write: (t) => Promise.resolve(void (err += t)) },
    env: opts.env ?? {},
    cwd: opts.cwd ?? "/work",
    fs,
    fetch: f,
    makeFetch: () => f,
    now: () => performance.now(),
    terminalWidth: () => opts.width,
    signal: opts.signal,
    sleep: opts.sleep ?? (() => Promise.resolve()),
  };
  return { deps, stdout: () => out, stderr: () => err, files };
}
