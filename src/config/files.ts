/** Reading the first existing file of a candidate list, as loader.py's _load_yaml_json_file. */
import type { FileSystem } from "../context.ts";
import { parseConfigText } from "./parse.ts";

export interface LoadedFile {
  path: string;
  /** Parsed content; null for an empty file. */
  doc: unknown;
}

/**
 * The first candidate that exists and can be read. A file that cannot be read
 * (permission denied, a directory, ...) is skipped, as python skips it; a
 * read the Deno runtime refuses (no --allow-read) is not.
 */
export async function loadFirstFile(
  candidates: readonly string[],
  fs: Pick<FileSystem, "readTextFile">,
): Promise<LoadedFile | undefined> {
  for (const path of candidates) {
    let text: string | undefined;
    try {
      text = await fs.readTextFile(path);
    } catch (e) {
      // a file the OS will not let us read is skipped, as python skips it; a read
      // Deno was not allowed to make is the user's to fix, and must say so
      if (e instanceof Deno.errors.NotCapable) throw e;
      continue;
    }
    if (text === undefined) continue;
    return { path, doc: await parseConfigText(path, text) };
  }
  return undefined;
}
