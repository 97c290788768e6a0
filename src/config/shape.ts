/**
 * Checks the shape of parsed config documents and normalises a cloud's settings
 * as openstacksdk's _util.normalize_keys does ('-' → '_' in keys, numbers → str).
 * Errors name the file and the key path, never the value.
 */
import { TOP_LEVEL_AUTH_KEYS } from "./auth_keys.ts";
import { ConfigError } from "./errors.ts";
import { type Dict, isDict } from "./merge.ts";
import { pythonFloatString } from "./yaml_schema.ts";

export function describeType(v: unknown): string {
  if (Array.isArray(v)) return "a list";
  if (isDict(v)) return "a mapping";
  if (typeof v === "boolean") return "a boolean";
  if (typeof v === "number") return "a number";
  if (typeof v === "string") return "a string";
  return typeof v;
}

function typeError(file: string, keyPath: string, expected: string, v: unknown): ConfigError {
  return new ConfigError(`${file}: ${keyPath} must be ${expected}, not ${describeType(v)}`);
}

/** The top of a config document: a mapping, or {} for an empty file. */
export function documentMapping(doc: unknown, file: string): Dict {
  if (doc === null || doc === undefined) return {};
  if (!isDict(doc)) {
    throw new ConfigError(
      `${file}: the file must hold a mapping with a "clouds" key, not ${describeType(doc)}`,
    );
  }
  return doc;
}

/** The `clouds` mapping of a document ({} when absent or empty). */
export function cloudsMapping(top: Dict, file: string): Dict {
  const clouds = top.clouds;
  if (clouds === null || clouds === undefined) return {};
  if (!isDict(clouds)) {
    throw typeError(file, "clouds", "a mapping of cloud names to settings", clouds);
  }
  return clouds;
}

const NO_STRINGIFY = new Set(["verbose_level", "api_timeout"]);

/** _util.normalize_keys. Lists are left alone, as python leaves them. */
export function normalizeKeys(d: Dict): Dict {
  const out: Dict = {};
  for (const [rawKey, v] of Object.entries(d)) {
    const key = rawKey.replace(/-/g, "_");
    if (isDict(v)) out[key] = normalizeKeys(v);
    else if (typeof v === "number" && !(Number.isInteger(v) && NO_STRINGIFY.has(key))) {
      out[key] = Number.isInteger(v) ? String(v) : pythonFloatString(v);
    } else out[key] = v;
  }
  return out;
}

const STRING_KEYS = new Set([
  "auth_type",
  "interface",
  "endpoint_type",
  "cacert",
  "cert",
  "key",
  "profile",
  "cloud",
]);

function expectsString(key: string): boolean {
  return STRING_KEYS.has(key) || TOP_LEVEL_AUTH_KEYS.has(key) || key.endsWith("_api_version") ||
    key.endsWith("_endpoint_override");
}

function isScalarString(v: unknown): boolean {
  return v === null || v === undefined || typeof v === "string";
}

/** Checks the settings this client reads; `settings` is already normalised. */
export function checkSettings(settings: Dict, file: string, keyPath: string): void {
  for (const [key, v] of Object.entries(settings)) {
    const where = `${keyPath}.${key}`;
    if (key === "auth") {
      if (v === null) continue;
      if (!isDict(v)) throw typeError(file, where, "a mapping", v);
      for (const [ak, av] of Object.entries(v)) {
        if (!isScalarString(av)) throw typeError(file, `${where}.${ak}`, "a string", av);
      }
    } else if (key === "region_name") {
      const ok = isScalarString(v) ||
        (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number"));
      if (!ok) throw typeError(file, where, "a string or a list of strings", v);
    } else if (key === "regions") {
      if (v !== null && !Array.isArray(v)) throw typeError(file, where, "a list", v);
    } else if (key === "verify" || key === "insecure") {
      if (!isScalarString(v) && typeof v !== "boolean") {
        throw typeError(file, where, "true or false", v);
      }
    } else if (key.endsWith("timeout")) {
      if (!isScalarString(v) && typeof v !== "number") throw typeError(file, where, "a number", v);
    } else if (expectsString(key) && !isScalarString(v)) {
      throw typeError(file, where, "a string", v);
    }
  }
}

/** A cloud entry, checked and normalised ({} for an empty entry). */
export function cloudSettings(raw: unknown, file: string, keyPath: string): Dict {
  if (raw === null || raw === undefined) return {};
  if (!isDict(raw)) throw typeError(file, keyPath, "a mapping", raw);
  const settings = normalizeKeys(raw);
  checkSettings(settings, file, keyPath);
  return settings;
}
