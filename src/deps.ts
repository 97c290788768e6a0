/** The real outside world, for main.ts. Tests build their own Deps. */
import type { Deps, FileSystem, HttpClientOptions, Sink } from "./context.ts";

/** Writes all bytes; a closed pipe (`| head`) ends the program quietly. */
function sink(file: { write(p: Uint8Array): Promise<number> }): Sink {
  const enc = new TextEncoder();
  return {
    async write(text: string) {
      let bytes = enc.encode(text);
      try {
        while (bytes.length) bytes = bytes.subarray(await file.write(bytes));
      } catch (e) {
        if (e instanceof Deno.errors.BrokenPipe) Deno.exit(0);
        throw e;
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
  async mkdirp(path, mode) {
    await Deno.mkdir(path, { recursive: true, mode });
  },
  async remove(path) {
    try {
      await Deno.remove(path);
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
  },
};

function makeFetch(opts: HttpClientOptions): typeof fetch {
  if (opts.insecure) {
    return (async (input: RequestInfo | URL, init?: RequestInit) => {
      const { insecureFetch } = await import("./http/insecure_fetch.ts");
      return await insecureFetch(input, init);
    }) as typeof fetch;
  }
  const client = Deno.createHttpClient({
    caCerts: opts.caCerts,
    ...(opts.cert && opts.key ? { cert: opts.cert, key: opts.key } : {}),
  });
  return ((input: RequestInfo | URL, init?: RequestInit) =>
    fetch(input, { ...init, client })) as typeof fetch;
}

export function realDeps(signal?: AbortSignal): Deps {
  return {
    stdout: sink(Deno.stdout),
    stderr: sink(Deno.stderr),
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
