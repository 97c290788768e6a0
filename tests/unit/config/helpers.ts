/** In-memory FileSystem and env for the config tests. */
import type { GlobalOptions } from "../../../src/cli/global_options.ts";
import type { FileSystem } from "../../../src/context.ts";
import { resolveCloud } from "../../../src/config/load.ts";
import type { ResolvedCloud } from "../../../src/config/types.ts";

export const HOME = "/home/u";
export const CWD = "/work";
export const USER_DIR = `${HOME}/.config/openstack`;

export interface FakeFile {
  text: string;
  mode?: number;
  /** Reading throws (e.g. permission denied). */
  unreadable?: boolean;
}

export interface FakeFs extends FileSystem {
  reads: string[];
  modes: string[];
}

export function fakeFs(files: Record<string, string | FakeFile>): FakeFs {
  const get = (p: string): FakeFile | undefined => {
    const f = files[p];
    return typeof f === "string" ? { text: f } : f;
  };
  const fs: FakeFs = {
    reads: [],
    modes: [],
    readTextFile(path) {
      fs.reads.push(path);
      const f = get(path);
      if (f?.unreadable) return Promise.reject(new Error("Permission denied"));
      return Promise.resolve(f?.text);
    },
    mode(path) {
      fs.modes.push(path);
      return Promise.resolve(get(path)?.mode ?? (get(path) ? 0o600 : undefined));
    },
    writeFileAtomic() {
      return Promise.reject(new Error("read-only fake"));
    },
    mkdirp() {
      return Promise.reject(new Error("read-only fake"));
    },
    remove() {
      return Promise.reject(new Error("read-only fake"));
    },
  };
  return fs;
}

export function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { HOME, PATH: "/usr/bin", ...extra };
}

export function resolve(
  global: GlobalOptions,
  files: Record<string, string | FakeFile> = {},
  env: Record<string, string> = {},
  fs: FakeFs = fakeFs(files),
): Promise<ResolvedCloud> {
  return resolveCloud(global, { env: baseEnv(env), cwd: CWD, fs });
}

/** The message of the error a promise rejects with (fails when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    if (e instanceof Error) return e;
    throw e;
  }
  throw new Error("expected a rejection");
}
