/** The real outside world, for main.ts. Tests build their own Deps. */
import type { Deps, FileSystem, HttpClientOptions, Sink } from "./context.ts";
import { OscError } from "./errors.ts";

/**
 * Writes all bytes. A closed stdout (`| head`) ends the program quietly with
 * exit 0; a closed stderr drops the text (the exit code still tells).
 */
function sink(file: { write(p: Uint8Array): Promise<number> }, isStdout: boolean): Sink {
  const enc = new TextEncoder();
  let closed = false;
  return {
    async write(text: string) {
      if (closed) return;
      let bytes = enc.encode(text);
      try {
        while (bytes.length) bytes = bytes.subarray(await file.write(bytes));
      } catch (e) {
        if (!(e instanceof Deno.errors.BrokenPipe)) throw e;
        if (isStdout) Deno.exit(0);
        closed = true;
      }
    },
  };
}

const fs: FileSystem = {
  async readTextFile(path) {
    try {
      return await Deno.readTextFile(path);
    } catch (e) {
      if (e instanceof Deno.errors.NotFound || e instanceof Deno.errors.IsADirectory) {
        return undefined;
      }
      throw e;
    }
  },
  async readFile(path) {
    try {
      return await Deno.readFile(path);
    } catch (e) {
      if (e instanceof Deno.errors.NotFound || e instanceof Deno.errors.IsADirectory) {
        return undefined;
      }
      throw e;
    }
  },
  async mode(path) {
    try {
      return (await Deno.stat(path)).mode ?? undefined;
    } catch {
      return undefined;
    }
  },
  async writeFileAtomic(path, data, mode) {
    const tmp = `${path}.${crypto.randomUUID()}.tmp`;
    await Deno.writeTextFile(tmp, data, { mode });
    await Deno.chmod(tmp, mode);
    await Deno.rename(tmp, path);
  },
  async createExclusive(path, data, mode) {
    // written aside, then hard-linked into place: link(2) fails if the name exists
    const tmp = `${path}.${crypto.randomUUID()}.tmp`;
    await Deno.writeTextFile(tmp, data, { mode });
    try {
      await Deno.chmod(tmp, mode);
      await Deno.link(tmp, path);
      return true;
    } catch (e) {
      if (e instanceof Deno.errors.AlreadyExists) return false;
      throw e;
    } finally {
      await Deno.remove(tmp).catch(() => {});
    }
  },
  async mkdirp(path, mode) {
    await Deno.mkdir(path, { recursive: true, mode });
    // umask may have narrowed it, or it existed already: the leaf gets exactly `mode`
    if (((await Deno.stat(path)).mode! & 0o7777) !== mode) await Deno.chmod(path, mode);
  },
  async remove(path) {
    try {
      await Deno.remove(path);
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
  },
  async openRead(path) {
    const file = await Deno.open(path, { read: true });
    try {
      const st = await file.stat();
      if (st.isDirectory) throw new Deno.errors.IsADirectory(`Is a directory: '${path}'`);
      return { stream: file.readable as ReadableStream<Uint8Array<ArrayBuffer>>, size: st.size };
    } catch (e) {
      file.close();
      throw e;
    }
  },
  async writeStream(path, data) {
    const file = await Deno.open(path, { write: true, create: true, truncate: true });
    await data.pipeTo(file.writable);
  },
  async listDir(path) {
    const out: { name: string; mtimeMs: number }[] = [];
    try {
      for await (const e of Deno.readDir(path)) {
        if (!e.isFile) continue;
        const st = await Deno.lstat(`${path}/${e.name}`).catch(() => undefined);
        if (st?.mtime) out.push({ name: e.name, mtimeMs: st.mtime.getTime() });
      }
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
    return out;
  },
};

function makeFetch(opts: HttpClientOptions): typeof fetch {
  if (opts.insecure) {
    return (async (input: RequestInfo | URL, init?: RequestInit) => {
      const { insecureFetch } = await import("./http/insecure_fetch.ts");
      return await insecureFetch(input, init);
    }) as typeof fetch;
  }
  if (opts.caCerts && !opts.caCerts.some((pem) => pem.includes("-----BEGIN CERTIFICATE-----"))) {
    throw new OscError("The CA bundle (--os-cacert / cacert) holds no PEM certificate");
  }
  let client: Deno.HttpClient;
  try {
    client = Deno.createHttpClient({
      caCerts: opts.caCerts,
      ...(opts.cert && opts.key ? { cert: opts.cert, key: opts.key } : {}),
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new OscError(
      `Cannot use the TLS settings (CA bundle, client certificate or key): ${msg}`,
    );
  }
  return ((input: RequestInfo | URL, init?: RequestInit) =>
    fetch(input, { ...init, client })) as typeof fetch;
}

export function realDeps(signal?: AbortSignal): Deps {
  return {
    stdout: sink(Deno.stdout, true),
    stderr: sink(Deno.stderr, false),
    env: Deno.env.toObject(),
    cwd: Deno.cwd(),
    fs,
    fetch: globalThis.fetch,
    makeFetch,
    now: () => performance.now(),
    terminalWidth: () => (Deno.stdout.isTerminal() ? Deno.consoleSize().columns : undefined),
    stderrIsTerminal: () => Deno.stderr.isTerminal(),
    stdinData,
    stdoutBytes,
    signal,
    readSecret,
    readLine,
    exec,
  };
}

/**
 * python's input() with a prompt on stderr (getpass._raw_input): one line of stdin, terminal or
 * not, without its newline; null at the end of input. Read a byte at a time, so nothing after
 * the line is taken from stdin.
 */
async function readLine(prompt: string): Promise<string | null> {
  await Deno.stderr.write(new TextEncoder().encode(prompt));
  const bytes: number[] = [];
  const buf = new Uint8Array(1);
  try {
    for (;;) {
      const n = await Deno.stdin.read(buf);
      if (n === null) break;
      if (buf[0] === 10) return new TextDecoder().decode(new Uint8Array(bytes));
      bytes.push(buf[0]);
    }
  } catch (e) {
    if (!(e instanceof Deno.errors.BadResource || e instanceof Deno.errors.NotFound)) throw e;
  }
  return bytes.length ? new TextDecoder().decode(new Uint8Array(bytes)) : null;
}

/** stdin's bytes when it is open and not a terminal (python's get_data_file). */
function stdinData(): ReadableStream<Uint8Array<ArrayBuffer>> | undefined {
  try {
    Deno.statSync("/dev/stdin");
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return undefined; // closed (`<&-`)
  }
  if (Deno.stdin.isTerminal()) return undefined;
  return Deno.stdin.readable as ReadableStream<Uint8Array<ArrayBuffer>>;
}

/** A download to stdout; a closed pipe ends the program quietly, as for text. */
async function stdoutBytes(data: ReadableStream<Uint8Array>): Promise<void> {
  for await (const chunk of data) {
    let bytes = chunk;
    try {
      while (bytes.length) bytes = bytes.subarray(await Deno.stdout.write(bytes));
    } catch (e) {
      if (e instanceof Deno.errors.BrokenPipe) Deno.exit(0);
      throw e;
    }
  }
}

/** The program with this process's terminal, and its exit code. */
async function exec(program: string, args: readonly string[]): Promise<number> {
  const child = new Deno.Command(program, {
    args: [...args],
    stdin: "inherit",
    stdout: "inherit",
    stderr: "inherit",
  }).spawn();
  return (await child.status).code;
}

/** Reads a line from the terminal with echo off (raw mode): Enter ends it, Ctrl-D at start is EOF. */
async function readSecret(prompt: string): Promise<string | null | undefined> {
  if (!Deno.stdin.isTerminal()) return undefined;
  const enc = new TextEncoder();
  await Deno.stderr.write(enc.encode(prompt));
  Deno.stdin.setRaw(true);
  const chars: number[] = [];
  const buf = new Uint8Array(64);
  try {
    for (;;) {
      const n = await Deno.stdin.read(buf);
      if (n === null) return chars.length ? new TextDecoder().decode(new Uint8Array(chars)) : null;
      for (const b of buf.subarray(0, n)) {
        if (b === 3) throw new OscError("interrupted", 130);
        if (b === 4 && chars.length === 0) return null;
        if (b === 13 || b === 10) return new TextDecoder().decode(new Uint8Array(chars));
        if (b === 127 || b === 8) chars.pop();
        else chars.push(b);
      }
    }
  } finally {
    Deno.stdin.setRaw(false);
    await Deno.stderr.write(enc.encode("\n"));
  }
}
