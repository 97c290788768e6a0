/**
 * A progress line for long transfers (uploads and downloads): "\r<label>:
 * 42% (21.0 MiB of 50.0 MiB)" on stderr, at most every 200 ms, only when
 * stderr is a terminal. Piped runs get nothing.
 */

function mib(n: number): string {
  return `${(n / 1048576).toFixed(1)} MiB`;
}

export interface ProgressSink {
  write(text: string): Promise<void>;
}

/** Passes `stream` through unchanged, reporting the bytes seen. */
export function withProgress(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
  opts: { total?: number; label: string; sink?: ProgressSink; now: () => number },
): ReadableStream<Uint8Array<ArrayBuffer>> {
  const sink = opts.sink;
  if (!sink) return stream;
  let seen = 0;
  let last = -Infinity;
  const line = () =>
    opts.total
      ? `\r${opts.label}: ${Math.floor((seen / opts.total) * 100)}% (${mib(seen)} of ${
        mib(opts.total)
      })`
      : `\r${opts.label}: ${mib(seen)}`;
  return stream.pipeThrough(
    new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
      async transform(chunk, controller) {
        seen += chunk.length;
        controller.enqueue(chunk);
        const t = opts.now();
        if (t - last >= 200) {
          last = t;
          await sink.write(line());
        }
      },
      async flush() {
        await sink.write(line() + "\n");
      },
    }),
  );
}
