/**
 * Binary data in and out of a command: an upload read from a file or piped
 * stdin as it is sent, a download written to a file or stdout as it arrives.
 * Nothing is held whole in memory. Errors are worded as python's OSError.
 */
import type { Context } from "../context.ts";
import { OscError } from "../errors.ts";

export type ByteStream = ReadableStream<Uint8Array<ArrayBuffer>>;

/** str(OSError) for a failed open(path): "[Errno 2] No such file or directory: 'x'". */
export function osErrorText(e: unknown, path: string): string | undefined {
  const known: [unknown, number, string][] = [
    [Deno.errors.NotFound, 2, "No such file or directory"],
    [Deno.errors.PermissionDenied, 13, "Permission denied"],
    [Deno.errors.IsADirectory, 21, "Is a directory"],
  ];
  for (const [cls, errno, text] of known) {
    if (e instanceof (cls as typeof Error)) return `[Errno ${errno}] ${text}: '${path}'`;
  }
  return undefined;
}

async function open(ctx: Context, path: string): Promise<{ stream: ByteStream; size: number }> {
  if (!ctx.fs.openRead) throw new OscError(`Cannot read ${path} here`);
  try {
    return await ctx.fs.openRead(path);
  } catch (e) {
    const text = osErrorText(e, path);
    throw text ? new OscError(text) : e;
  }
}

export interface UploadSource {
  data: ByteStream;
  /** Bytes to come, when known (a file's size). */
  size?: number;
  /** The file's path; undefined for stdin. */
  file?: string;
}

/**
 * python's get_data_file: the file given, else stdin when it is open and not
 * a terminal (data piped in), else nothing.
 */
export async function uploadSource(ctx: Context, file?: string): Promise<UploadSource | undefined> {
  if (file) {
    const { stream, size } = await open(ctx, file);
    return { data: stream, size, file };
  }
  const data = ctx.stdinData?.();
  return data ? { data } : undefined;
}

/**
 * Writes a download to `file` (created or truncated) or, without one, to
 * stdout; `tap` sees every chunk on its way (a checksum).
 */
export async function saveDownload(
  ctx: Context,
  data: ReadableStream<Uint8Array>,
  file: string | undefined,
  tap?: (chunk: Uint8Array) => void,
): Promise<void> {
  const out = tap
    ? data.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          tap(chunk);
          controller.enqueue(chunk);
        },
      }),
    )
    : data;
  if (file !== undefined) {
    if (!ctx.fs.writeStream) throw new OscError(`Cannot write ${file} here`);
    try {
      await ctx.fs.writeStream(file, out);
    } catch (e) {
      const text = osErrorText(e, file);
      throw text ? new OscError(text) : e;
    }
  } else if (ctx.stdoutBytes) {
    await ctx.stdoutBytes(out);
  } else {
    await ctx.stdout.write(await new Response(out).text());
  }
}
