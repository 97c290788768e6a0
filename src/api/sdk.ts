/**
 * What the python client's openstacksdk-based commands (flavor, image,
 * network) show a user: openstacksdk's find semantics and error texts, and
 * its attribute type conversions.
 */
import { OscError } from "../errors.ts";
import { defaultReason, HttpError } from "../http/errors.ts";
import { PyFloat } from "../output/types.ts";

/** openstack.exceptions.ResourceNotFound: an HttpException (the network commands wrap those). */
export class SdkNotFound extends OscError {
  readonly sdkMessage: string;
  constructor(resource: string, nameOrId: string) {
    super(`No ${resource} found for ${nameOrId}`);
    this.sdkMessage = this.message;
  }
}

/** openstack.exceptions.DuplicateResource: not an HttpException. */
export class SdkDuplicate extends OscError {
  constructor(resource: string, nameOrId: string) {
    super(`More than one ${resource} exists with the name '${nameOrId}'.`);
  }
}

const HTTP_CLASSES: Record<number, string> = {
  400: "BadRequestException",
  // NotFoundException is an alias of ResourceNotFound: the class name says the latter
  404: "ResourceNotFound",
  409: "ConflictException",
  412: "PreconditionFailedException",
};

/** HttpException's message and details for a failed response. */
function sdkParts(e: HttpError): { message: string; details: string } {
  return {
    message: `${HTTP_CLASSES[e.status] ?? "HttpException"}: ${e.status}`,
    details: sdkDetails(e),
  };
}

/**
 * openstacksdk's raise_from_response: a JSON body's message, a text/html
 * body's lines, else the HTTP reason phrase (a text/plain body is not read).
 */
function sdkDetails(e: HttpError): string {
  if (!e.body?.text) return e.apiMessage;
  const type = e.body.contentType ?? "";
  if (type.includes("application/json")) return sdkJsonDetails(e.body.text) ?? e.apiMessage;
  return sdkHtmlDetails(type, e.body.text) ?? defaultReason(e.status);
}

/** _extract_message: an object's "message" (else "faultstring"); a string holding JSON, parsed. */
function extractMessage(obj: unknown): string | undefined {
  if (typeof obj === "string") {
    try {
      return extractMessage(JSON.parse(obj));
    } catch {
      return undefined;
    }
  }
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return undefined;
  const o = obj as Record<string, unknown>;
  const pick = o.message || o.faultstring;
  return pick ? String(pick) : undefined;
}

/** A JSON error body's messages as openstacksdk joins them (its values', else its own). */
function sdkJsonDetails(text: string): string | undefined {
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof content !== "object" || content === null || Array.isArray(content)) return undefined;
  let messages = Object.values(content).map(extractMessage);
  if (!messages.some((m) => m)) messages = [extractMessage(content)];
  return messages.filter((m) => m).join("\n") || undefined;
}

/**
 * openstacksdk's details of a text/html error body (Glance's): each line
 * stripped of blanks and tags, repeats dropped, joined with ": ". Python
 * keeps them in a set, so its order changes from run to run; here they stay
 * in the order of the page.
 */
export function sdkHtmlDetails(contentType: string | null, text: string): string | undefined {
  if (!contentType?.includes("text/html") || !text) return undefined;
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim().replace(/<.+?>/g, ""));
  return [...new Set(lines.filter((l) => l))].join(": ") || undefined;
}

/**
 * str(HttpException): "ResourceNotFound: 404: Client Error for url: <url>, <details>";
 * `message` replaces the first part (a proxy's get says "No Agent found for x").
 */
export function sdkErrorText(e: HttpError, message = sdkParts(e).message): string {
  const { details } = sdkParts(e);
  const source = e.status >= 400 && e.status < 500 ? "Client" : "Server";
  return `${message}: ${source} Error for url: ${e.url}${details ? `, ${details}` : ""}`;
}

/**
 * Runs an SDK-backed call, reporting HTTP failures as openstacksdk words them.
 * `get`: a proxy's get_<resource>(value), whose errors begin "No <Resource> found for <value>".
 */
export async function sdkCall<T>(
  p: Promise<T>,
  get?: { resource: string; value: string },
): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    const message = get ? `No ${get.resource} found for ${get.value}` : undefined;
    // the cause keeps the HTTP status and request id for --error-format json
    throw Object.assign(new OscError(sdkErrorText(e, message), e.exitCode), { cause: e });
  }
}

/**
 * NetworkAndComputeShowOne: an HttpException (ResourceNotFound included)
 * becomes "Error while executing command: <message>[, <details>]".
 */
export async function networkShowCall<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof SdkNotFound) {
      throw new OscError(`Error while executing command: ${e.sdkMessage}`);
    }
    if (e instanceof HttpError) {
      const { message, details } = sdkParts(e);
      throw Object.assign(
        new OscError(
          `Error while executing command: ${message}${details ? `, ${details}` : ""}`,
          e.exitCode,
        ),
        { cause: e },
      );
    }
    throw e;
  }
}

export interface SdkFindSpec<T> {
  /** The SDK resource class name used in messages: "Image", "Network", "Flavor". */
  resource: string;
  /** GET by id (throws HttpError). */
  get(id: string): Promise<T>;
  /** Candidates: the list the SDK reads (filtered by name where the API can). */
  list(name: string): Promise<T[]>;
  id(item: T): string | undefined;
  name(item: T): string | null | undefined;
}

/**
 * openstack.resource.Resource.find: GET by id (404 and 400 mean "not an id"),
 * then a list matched on id or name; one match, else DuplicateResource or
 * ResourceNotFound.
 */
export async function sdkFind<T>(spec: SdkFindSpec<T>, nameOrId: string): Promise<T> {
  try {
    return await spec.get(nameOrId);
  } catch (e) {
    if (!(e instanceof HttpError) || (e.status !== 404 && e.status !== 400)) throw e;
  }
  let found: T | undefined;
  for (const item of await spec.list(nameOrId)) {
    if (spec.id(item) === nameOrId || spec.name(item) === nameOrId) {
      if (found !== undefined) throw new SdkDuplicate(spec.resource, nameOrId);
      found = item;
    }
  }
  if (found === undefined) throw new SdkNotFound(spec.resource, nameOrId);
  return found;
}

/** A body attribute's declared type in an openstacksdk resource. */
export type SdkType = "bool" | "int" | "float" | "str" | "list" | "dict";

/**
 * openstack.resource._convert_type: what `getattr(resource, attr)` gives for
 * a present, non-null value. Python's conversions, truthiness for bool
 * included (the string "False" is True).
 */
export function sdkConvert(value: unknown, type: SdkType | undefined): unknown {
  if (value === null || value === undefined || type === undefined) return value;
  switch (type) {
    case "bool":
      return typeof value === "boolean" ? value : pyTruthy(value);
    case "int":
      return toInt(value);
    case "float": {
      const n = typeof value === "number" ? value : Number(String(value).trim());
      return Number.isNaN(n) ? value : new PyFloat(n);
    }
    case "str":
      return typeof value === "string" ? value : pyStrOf(value);
    case "list":
      return Array.isArray(value) ? value : [value];
    case "dict":
      return value;
  }
}

function pyTruthy(v: unknown): boolean {
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object" && v !== null) return Object.keys(v).length > 0;
  return Boolean(v);
}

function toInt(v: unknown): unknown {
  if (typeof v === "number") return Math.trunc(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string" && /^\s*[-+]?\d+\s*$/.test(v)) return Number.parseInt(v, 10);
  return v; // python would raise; keep the value rather than fail the whole command
}

function pyStrOf(v: unknown): string {
  if (v === true) return "True";
  if (v === false) return "False";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/**
 * The request body openstacksdk makes of `Resource.new(**attrs)`: an
 * attribute given by its SDK name (`is_shared`) is sent under the API's name
 * (`shared`); when both spellings are given, the one given last wins.
 * `names`: SDK name → API name, for the attributes whose names differ.
 */
export function sdkBody(
  attrs: Readonly<Record<string, unknown>>,
  names: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const out: [string, unknown][] = Object.entries(attrs).map((
    [k, v],
  ) => [Object.hasOwn(names, k) ? names[k] : k, v]);
  return Object.fromEntries(out);
}
