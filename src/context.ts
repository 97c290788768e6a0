/**
 * Everything a command may touch in the outside world, passed in so tests can
 * replace it. main.ts builds the real one; tests build fakes.
 */
import type { GlobalOptions } from "./cli/global_options.ts";
import type { ServiceClient } from "./http/service.ts";
import type { AuthResult } from "./auth/keystone.ts";

export interface Sink {
  write(text: string): Promise<void>;
}

export interface FileSystem {
  /** File text, or undefined when the file does not exist. */
  readTextFile(path: string): Promise<string | undefined>;
  /** Unix permission bits, or undefined when unknown/missing. */
  mode(path: string): Promise<number | undefined>;
  writeFileAtomic(path: string, data: string, mode: number): Promise<void>;
  /**
   * Creates the file complete with `data` only if nothing is at `path` yet
   * (false then). Racing writers agree on one winner. Optional: without it,
   * callers fall back to writeFileAtomic.
   */
  createExclusive?(path: string, data: string, mode: number): Promise<boolean>;
  /** Creates `path` and missing parents; the last directory ends up with exactly `mode`. */
  mkdirp(path: string, mode: number): Promise<void>;
  remove(path: string): Promise<void>;
  /** Files directly in `path` with their modification times; [] when missing. Optional. */
  listDir?(path: string): Promise<{ name: string; mtimeMs: number }[]>;
}

export interface HttpClientOptions {
  caCerts?: string[];
  cert?: string;
  key?: string;
  insecure?: boolean;
}

export interface Deps {
  stdout: Sink;
  stderr: Sink;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  fs: FileSystem;
  fetch: typeof fetch;
  /** Builds a fetch bound to custom TLS settings (CA bundle, client cert, --insecure). */
  makeFetch(opts: HttpClientOptions): typeof fetch;
  now(): number;
  /** Columns of the terminal stdout writes to, or undefined when not a terminal. */
  terminalWidth(): number | undefined;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
  /** Pauses of --wait loops (tests replace it); default: a timer that Ctrl-C cuts short. */
  sleep?(ms: number): Promise<void>;
}

export interface Context extends Deps {
  readonly global: GlobalOptions;
  /** Authenticated client for one service type, created on first use. */
  service(type: string): Promise<ServiceClient>;
  /**
   * The session's authentication (from the token cache when it has one);
   * `fresh`: a new token from Keystone, leaving the session's alone (token issue).
   */
  auth(opts?: { fresh?: boolean }): Promise<AuthResult>;
}
