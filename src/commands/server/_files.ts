import type { Context } from "../../context.ts";
import { OscError } from "../../errors.ts";
import { pyReprString } from "../../output/pyrepr.ts";

/**
 * A file's bytes, base64-encoded; python's "Can't open" message when it
 * cannot. `binary`: the bytes as they are (--file); else read as text and
 * sent as UTF-8 (--user-data, as python does).
 */
export async function fileBase64(ctx: Context, path: string, binary: boolean): Promise<string> {
  let bytes: Uint8Array | undefined;
  try {
    if (binary && ctx.fs.readFile) bytes = await ctx.fs.readFile(path);
    else {
      const text = await ctx.fs.readTextFile(path);
      if (text !== undefined) bytes = new TextEncoder().encode(text);
    }
  } catch (e) {
    throw new OscError(`Can't open '${path}': ${(e as Error).message}`);
  }
  if (bytes === undefined) {
    throw new OscError(
      `Can't open '${path}': [Errno 2] No such file or directory: ${pyReprString(path)}`,
    );
  }
  return bytes.toBase64();
}
