/** The real outside world, for main.ts. Tests build their own Deps. */
import type { Deps, FileSystem, HttpClientOptions, Sink } from "./context.ts";
import { CliError } from "./cli/errors.ts";

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
    throw new CliError("The CA bundle (--os-cacert / cacert) holds no PEM certificate");
  }
  let client: Deno.HttpClient;
  try {
    client = Deno.createHttpClient({
      caCerts: opts.caCerts,
      ...(opts.cert && opts.key ? { cert: opts.cert, key: opts.key } : {}),
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliError(
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
    signal,
  };
}
