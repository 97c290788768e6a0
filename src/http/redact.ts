/** Keeps secrets out of --debug traces and error messages. */

const SECRET_HEADERS = new Set([
  "x-auth-token",
  "x-subject-token",
  "x-service-token",
  "authorization",
  "openstack-ec2-api-version-secret",
]);

const SECRET_KEYS = new Set([
  "password",
  "secret",
  "token",
  "passcode",
  "adminpass",
  "admin_pass",
  "auth_token",
  "access_token",
  "client_secret",
]);

/** Body keys whose values are secret besides those: a keystone credential's blob. */
const SECRET_BODY_KEYS = new Set(["blob"]);

/** True for config/auth keys whose values are secrets (password, token, *_secret, passcode). */
export function isSecretKey(key: string): boolean {
  const k = key.toLowerCase().replace(/-/g, "_");
  return SECRET_KEYS.has(k) || k.endsWith("_secret") || k.endsWith("password") ||
    k.endsWith("_token") || k === "totp";
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** keystoneauth's form: a token is shown as {SHA256}<hex digest of the token>. */
export async function redactHeader(name: string, value: string): Promise<string> {
  if (!SECRET_HEADERS.has(name.toLowerCase())) return value;
  return `{SHA256}${await sha256Hex(value)}`;
}

/** Replaces secret values in a JSON document (request bodies of auth calls). */
export function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const secret = SECRET_KEYS.has(k.toLowerCase()) || SECRET_BODY_KEYS.has(k.toLowerCase());
    if (secret && (typeof v === "string" || typeof v === "number")) {
      out[k] = "***";
    } else if (k === "token" && typeof v === "object" && v !== null && "id" in v) {
      out[k] = { ...(v as Record<string, unknown>), id: "***" };
    } else out[k] = redactJson(v);
  }
  return out;
}
