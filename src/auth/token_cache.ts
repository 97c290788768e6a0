/**
 * Token cache across invocations: one encrypted file per auth identity.
 *
 *   $XDG_CACHE_HOME/openstack-deno/<sha256>.token   (else ~/.cache/...; dir 0700, file 0600)
 *   $XDG_CONFIG_HOME/openstack-deno/cache.key       (else ~/.config/...; 32 random bytes, 0600)
 *
 * The file name is SHA-256 of the auth request this identity would send (auth
 * URL, method, user, scope) with every secret replaced by a keyed hash of it, so
 * a changed password or scope never reuses an old token, and the name reveals
 * nothing that could be brute-forced without the key file. The entry (token,
 * catalog, compute version documents) is AES-GCM encrypted with the key file,
 * bound to its file name as additional data. The key lives outside the cache
 * directory, so a copied or backed-up cache is useless on its own.
 *
 * Anything unexpected — missing, unreadable, corrupt, undecryptable, expired
 * (60 s margin) — is a miss; write failures are ignored. Writes go to a temp
 * file that is renamed, so racing processes never see a torn file. On a miss,
 * one process per identity logs in while the others wait for its entry
 * (`<sha256>.lock`, created with link(2)); a lock older than LOGIN_STALE_MS is
 * a dead process's and is taken over, and nobody waits longer than
 * LOGIN_WAIT_MS, so the worst case is a duplicate authentication. The key is
 * created with link(2) too, so racing first runs agree on one key.
 */
import type { FileSystem } from "../context.ts";
import type { ResolvedCloud } from "../config/types.ts";
import type { CatalogService } from "./catalog.ts";
import { authBody, type AuthResult } from "./keystone.ts";

/** An entry is used only while the token has more than this left. */
export const EXPIRY_MARGIN_MS = 60_000;
/** Longest a process waits for another one's login before logging in itself. */
export const LOGIN_WAIT_MS = 10_000;
/** A login lock this old belongs to a process that died (or hangs): take it over. */
export const LOGIN_STALE_MS = 5_000;
const LOGIN_POLL_MS = 40;
/** Entries untouched this long are another identity's leftovers (old password, old scope). */
export const PRUNE_ENTRY_MS = 7 * 24 * 3600_000;
/** Temp files and login locks this old were left by killed processes. */
export const PRUNE_LEFTOVER_MS = 3600_000;
const FORMAT = 1;
const KEY_BYTES = 32;
const SUPPORTED = new Set(["password", "token", "applicationcredential"]);
const SECRET_KEYS = ["password", "token", "application_credential_secret"] as const;

type Env = Readonly<Record<string, string | undefined>>;

/** Version document of one compute endpoint, as discovered. */
export interface VersionDoc {
  /** Highest microversion the endpoint speaks; "" for a legacy (2.0) endpoint. */
  max: string;
  min?: string;
}

export interface CachedAuth extends AuthResult {
  /** Compute version documents by endpoint URL, so a warm run skips discovery. */
  computeVersions?: Record<string, VersionDoc>;
}

export interface CachePaths {
  dir: string;
  keyFile: string;
}

/** False when --os-no-token-cache or OS_TOKEN_CACHE=0/false/no/off (the flag wins over the variable). */
export function tokenCacheEnabled(flag: unknown, env: Env): boolean {
  if (flag === false) return false;
  if (flag === true) return true;
  const v = env.OS_TOKEN_CACHE?.trim().toLowerCase();
  return !(v === "0" || v === "false" || v === "no" || v === "off");
}

function absolute(p: string | undefined): string | undefined {
  return p && p.startsWith("/") ? p.replace(/\/+$/, "") : undefined;
}

/** Where the cache and its key live; undefined without a usable home. */
export function cachePaths(env: Env): CachePaths | undefined {
  const home = absolute(env.HOME);
  const cache = absolute(env.XDG_CACHE_HOME) ?? (home && `${home}/.cache`);
  const config = absolute(env.XDG_CONFIG_HOME) ?? (home && `${home}/.config`);
  if (!cache || !config) return undefined;
  return { dir: `${cache}/openstack-deno`, keyFile: `${config}/openstack-deno/cache.key` };
}

const enc = new TextEncoder();

function hex(buf: ArrayBuffer): string {
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function sha256(...parts: (string | Uint8Array)[]): Promise<ArrayBuffer> {
  const chunks = parts.map((p) => (typeof p === "string" ? enc.encode(p) : p));
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length + 1, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length + 1; // a zero byte between parts: ("ab","c") ≠ ("a","bc")
  }
  return await crypto.subtle.digest("SHA-256", all);
}

function authType(cloud: ResolvedCloud): string {
  return cloud.authType.replace(/^v3/, "");
}

/**
 * The cache file name (hex SHA-256) for this identity. `pepper` is secret
 * per-user material (from the key file): it keys the hashes of the secrets.
 * Undefined when the auth type is not cached.
 */
export async function cacheKey(
  cloud: ResolvedCloud,
  pepper: Uint8Array,
): Promise<string | undefined> {
  const type = authType(cloud);
  if (!SUPPORTED.has(type) || !cloud.auth.auth_url) return undefined;
  const auth = { ...cloud.auth };
  for (const k of SECRET_KEYS) {
    if (auth[k] !== undefined) auth[k] = hex(await sha256("secret", pepper, k, auth[k]));
  }
  // The exact request this identity sends, secrets hashed: anything that
  // changes who we are or what we are scoped to changes the key.
  const body = authBody({ ...cloud, auth });
  const identity = JSON.stringify([FORMAT, cloud.auth.auth_url.replace(/\/+$/, ""), type, body]);
  return hex(await sha256("identity", identity));
}

function b64(bytes: Uint8Array): string {
  return bytes.toBase64();
}

function unb64(s: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Uint8Array.fromBase64(s));
}

function expiresMs(entry: { expiresAt?: unknown }): number {
  return typeof entry.expiresAt === "string" ? Date.parse(entry.expiresAt) : NaN;
}

/** True while the token has more than the margin left. */
export function usable(entry: { expiresAt?: unknown }, now = Date.now()): boolean {
  const t = expiresMs(entry);
  return Number.isFinite(t) && t - now > EXPIRY_MARGIN_MS;
}

function isEntry(v: unknown): v is CachedAuth {
  if (!v || typeof v !== "object") return false;
  const e = v as Record<string, unknown>;
  return typeof e.token === "string" && e.token !== "" && typeof e.expiresAt === "string" &&
    Array.isArray(e.catalog);
}

export interface TokenCacheOptions {
  fs: FileSystem;
  env: Env;
  /** Wall clock in ms (tests); default Date.now. */
  now?: () => number;
  /** Waiting for another process's login ends when this aborts (Ctrl-C). */
  signal?: AbortSignal;
  /** Pause between looks at another process's login (tests); default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

/** The outcome of asking for the right to log in: another process's fresh entry, or the turn. */
export type LoginTurn = { entry: CachedAuth } | { release: () => Promise<void> };

const noRelease = { release: () => Promise.resolve() };

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The cache entry of one identity. Every method swallows I/O and crypto failures. */
export class TokenCache {
  private keyState?: Promise<{ key: CryptoKey; name: string } | undefined>;

  private constructor(
    private readonly cloud: ResolvedCloud,
    readonly paths: CachePaths,
    private readonly fs: FileSystem,
    private readonly now: () => number,
    private readonly opts: Pick<TokenCacheOptions, "signal" | "sleep">,
  ) {}

  /** Undefined when the cache is off for this cloud (auth type, no home). */
  static open(cloud: ResolvedCloud, opts: TokenCacheOptions): TokenCache | undefined {
    if (!SUPPORTED.has(authType(cloud))) return undefined;
    const paths = cachePaths(opts.env);
    if (!paths) return undefined;
    return new TokenCache(cloud, paths, opts.fs, opts.now ?? Date.now, opts);
  }

  /**
   * After a miss: either another process's entry that appeared while we waited
   * for its login, or the turn to log in (call `release` once the entry is
   * saved or the login failed). Never throws except when interrupted.
   */
  async loginTurn(): Promise<LoginTurn> {
    let lock: string;
    try {
      const k = await this.key(true);
      if (!k || !this.fs.createExclusive) return noRelease;
      await this.fs.mkdirp(this.paths.dir, 0o700);
      lock = `${this.paths.dir}/${k.name}.lock`;
    } catch {
      return noRelease;
    }
    const sleep = this.opts.sleep ?? defaultSleep;
    const deadline = this.now() + LOGIN_WAIT_MS;
    for (;;) {
      this.opts.signal?.throwIfAborted();
      try {
        if (await this.fs.createExclusive(lock, `${this.now()}\n`, 0o600)) {
          const release = () => this.fs.remove(lock).catch(() => {});
          // the previous holder may have saved between our miss and our lock
          const hit = await this.load();
          if (hit) {
            await release();
            return { entry: hit };
          }
          return { release };
        }
        const hit = await this.load();
        if (hit) return { entry: hit };
        const stamp = (await this.fs.readTextFile(lock))?.trim() ?? "";
        if (/^\d+$/.test(stamp) && this.now() - Number(stamp) > LOGIN_STALE_MS) {
          await this.fs.remove(lock);
          continue;
        }
      } catch {
        return noRelease;
      }
      if (this.now() >= deadline) return noRelease;
      await sleep(LOGIN_POLL_MS + Math.random() * LOGIN_POLL_MS);
    }
  }

  /** The file this identity's entry lives in, once the key exists. */
  async file(): Promise<string | undefined> {
    const k = await this.key(false);
    return k && `${this.paths.dir}/${k.name}.token`;
  }

  /** A usable entry, or undefined. */
  async load(): Promise<CachedAuth | undefined> {
    try {
      const k = await this.key(false);
      if (!k) return undefined;
      const text = await this.fs.readTextFile(`${this.paths.dir}/${k.name}.token`);
      if (text === undefined) return undefined;
      const wrapper = JSON.parse(text) as { v?: unknown; iv?: unknown; data?: unknown };
      if (
        wrapper.v !== FORMAT || typeof wrapper.iv !== "string" || typeof wrapper.data !== "string"
      ) {
        return undefined;
      }
      const plain = await crypto.subtle.decrypt(
        { name: "AES-GCM", iv: unb64(wrapper.iv), additionalData: enc.encode(k.name) },
        k.key,
        unb64(wrapper.data),
      );
      const entry: unknown = JSON.parse(new TextDecoder().decode(plain));
      if (!isEntry(entry) || !usable(entry, this.now())) return undefined;
      return entry;
    } catch {
      return undefined;
    }
  }

  /** Writes the entry (creating the key on first use). Never throws. */
  async save(entry: CachedAuth): Promise<boolean> {
    try {
      const k = await this.key(true);
      if (!k) return false;
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const plain: CachedAuth = {
        token: entry.token,
        expiresAt: entry.expiresAt,
        catalog: entry.catalog as CatalogService[],
        userId: entry.userId,
        userName: entry.userName,
        projectId: entry.projectId,
        domainId: entry.domainId,
        system: entry.system,
        computeVersions: entry.computeVersions,
      };
      const data = await crypto.subtle.encrypt(
        { name: "AES-GCM", iv, additionalData: enc.encode(k.name) },
        k.key,
        enc.encode(JSON.stringify(plain)),
      );
      await this.fs.mkdirp(this.paths.dir, 0o700);
      await this.fs.writeFileAtomic(
        `${this.paths.dir}/${k.name}.token`,
        JSON.stringify({ v: FORMAT, iv: b64(iv), data: b64(new Uint8Array(data)) }) + "\n",
        0o600,
      );
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Removes what no run will read again: entries not written for a week (a
   * changed password or scope leaves its old entry behind for good) and temp
   * files or locks of killed processes. Called after a login, so at most once
   * per token lifetime. Never throws.
   */
  async prune(): Promise<number> {
    if (!this.fs.listDir) return 0;
    let removed = 0;
    try {
      const now = this.now();
      for (const f of await this.fs.listDir(this.paths.dir)) {
        const age = now - f.mtimeMs;
        const old = /^[0-9a-f]{64}\.token$/.test(f.name)
          ? age > PRUNE_ENTRY_MS
          : /\.(tmp|lock)$/.test(f.name) && age > PRUNE_LEFTOVER_MS;
        if (!old) continue;
        await this.fs.remove(`${this.paths.dir}/${f.name}`).catch(() => {});
        removed++;
      }
    } catch {
      // a tidy-up only
    }
    return removed;
  }

  /** Forgets this identity's entry (after the cloud refused its token). */
  async drop(): Promise<void> {
    try {
      const f = await this.file();
      if (f) await this.fs.remove(f);
    } catch {
      // a miss next time either way
    }
  }

  /**
   * The AES key and this identity's file name. Reading never creates the key;
   * writing does (random bytes, then read back so racing writers converge).
   */
  private key(create: boolean): Promise<{ key: CryptoKey; name: string } | undefined> {
    if (this.keyState) {
      return this.keyState.then((k) => k ?? (create ? this.makeKey() : undefined));
    }
    this.keyState = this.readKey().catch(() => undefined);
    return this.key(create);
  }

  private makeKey(): Promise<{ key: CryptoKey; name: string } | undefined> {
    this.keyState = (async () => {
      const dir = this.paths.keyFile.slice(0, this.paths.keyFile.lastIndexOf("/"));
      await this.fs.mkdirp(dir, 0o700);
      const data = b64(crypto.getRandomValues(new Uint8Array(KEY_BYTES))) + "\n";
      // First writer wins, so racing first runs agree on one key (and file names).
      const created = this.fs.createExclusive
        ? await this.fs.createExclusive(this.paths.keyFile, data, 0o600)
        : (await this.fs.writeFileAtomic(this.paths.keyFile, data, 0o600), true);
      const key = await this.readKey().catch(() => undefined);
      if (key || created) return key;
      // a key is there but unusable (corrupt, or readable by others): replace it
      await this.fs.writeFileAtomic(this.paths.keyFile, data, 0o600);
      return await this.readKey();
    })().catch(() => undefined);
    return this.keyState;
  }

  private async readKey(): Promise<{ key: CryptoKey; name: string } | undefined> {
    const [text, mode] = await Promise.all([
      this.fs.readTextFile(this.paths.keyFile),
      this.fs.mode(this.paths.keyFile),
    ]);
    if (text === undefined) return undefined;
    if (mode !== undefined && (mode & 0o077) !== 0) return undefined; // not ours alone: don't trust it
    const raw = unb64(text.trim());
    if (raw.length !== KEY_BYTES) return undefined;
    const key = await crypto.subtle.importKey("raw", raw, "AES-GCM", false, [
      "encrypt",
      "decrypt",
    ]);
    const pepper = new Uint8Array(await sha256("pepper", raw));
    const name = await cacheKey(this.cloud, pepper);
    return name ? { key, name } : undefined;
  }
}
