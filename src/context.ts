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
  /** File bytes, or undefined when the file does not exist. Optional: else the text's UTF-8. */
  readFile?(path: string): Promise<Uint8Array | undefined>;
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
  /**
   * A file's bytes as a stream read as it is consumed, and its size. Throws
   * Deno's errors (NotFound, PermissionDenied, IsADirectory). Optional.
   */
  openRead?(
    path: string,
  ): Promise<{ stream: ReadableStream<Uint8Array<ArrayBuffer>>; size: number }>;
  /** Creates or truncates `path` and writes the stream to it as it arrives. Optional. */
  writeStream?(path: string, data: ReadableStream<Uint8Array>): Promise<void>;
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
  /** stderr is a terminal: progress lines are shown (never when piped). Optional: no. */
  stderrIsTerminal?(): boolean;
  /**
   * Standard input as bytes, when it is open and not a terminal (data piped
   * or redirected in); undefined otherwise. Optional: none.
   */
  stdinData?(): ReadableStream<Uint8Array<ArrayBuffer>> | undefined;
  /** Writes raw bytes to stdout as they arrive (a download). Optional: decoded as UTF-8 text. */
  stdoutBytes?(data: ReadableStream<Uint8Array>): Promise<void>;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
  /** Pauses of --wait loops (tests replace it); default: a timer that Ctrl-C cuts short. */
  sleep?(ms: number): Promise<void>;
  /**
   * getpass: shows `prompt` on the terminal and reads one line without echoing it.
   * undefined: stdin is not a terminal; null: end of input (Ctrl-D). Optional: no terminal.
   */
  readSecret?(prompt: string): Promise<string | null | undefined>;
  /**
   * input(): shows `prompt` on stderr and reads one line of stdin (terminal or not), without its
   * newline; null at the end of input. Optional: no input (null).
   */
  readLine?(prompt: string): Promise<string | null>;
  /**
   * Runs a program on the terminal (stdin, stdout and stderr its own) and gives its exit code:
   * server ssh. Optional: no program is run.
   */
  exec?(program: string, args: readonly string[]): Promise<number>;
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
  /**
   * The same credentials scoped to another project (openstacksdk's connect_as_project): its
   * own token, catalog and service clients. Optional: not offered.
   */
  asProject?(project: { id: string; name?: string; domainId?: string }): {
    service(type: string): Promise<ServiceClient>;
  };
}
