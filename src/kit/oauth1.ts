/**
 * OAuth 1.0a request signing (RFC 5849, HMAC-SHA1), as oauthlib's Client signs
 * keystoneclient's request and access token calls: the Authorization header
 * only (no body, no query). Web Crypto; the secrets never leave this module.
 */

/** RFC 5849 3.6: every byte but A-Z a-z 0-9 - . _ ~ as %XX (upper case). */
export function oauthEncode(s: string): string {
  return encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** RFC 5849 3.4.1.2: scheme and host in lower case, no default port, no query. */
export function baseStringUri(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`;
}

export interface OAuthSign {
  method: string;
  url: string;
  consumerKey: string;
  consumerSecret: string;
  /** The request token (access token create). */
  token?: string;
  tokenSecret?: string;
  verifier?: string;
  /** "oob" for a request token. */
  callback?: string;
  /** Fixed in tests; random otherwise. */
  nonce?: string;
  timestamp?: string;
}

/** RFC 5849 3.4.1: METHOD&uri&params, each part encoded, params sorted. */
export function signatureBase(method: string, url: string, params: [string, string][]): string {
  const norm = params.map(([k, v]) => [oauthEncode(k), oauthEncode(v)])
    .sort(([a, x], [b, y]) => a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0)
    .map(([k, v]) => `${k}=${v}`).join("&");
  return [method.toUpperCase(), oauthEncode(baseStringUri(url)), oauthEncode(norm)].join("&");
}

async function hmacSha1(key: string, text: string): Promise<string> {
  const enc = new TextEncoder();
  const k = await crypto.subtle.importKey(
    "raw",
    enc.encode(key),
    { name: "HMAC", hash: "SHA-1" },
    false,
    ["sign"],
  );
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", k, enc.encode(text)));
  return btoa(String.fromCharCode(...sig));
}

/** The Authorization header: `OAuth oauth_nonce="…", …, oauth_signature="…"`. */
export async function oauthAuthorization(o: OAuthSign): Promise<string> {
  const nonce = o.nonce ?? crypto.getRandomValues(new Uint32Array(2)).join("");
  const params: [string, string][] = [
    ["oauth_nonce", nonce],
    ["oauth_timestamp", o.timestamp ?? String(Math.floor(Date.now() / 1000))],
    ["oauth_version", "1.0"],
    ["oauth_signature_method", "HMAC-SHA1"],
    ["oauth_consumer_key", o.consumerKey],
  ];
  if (o.token !== undefined) params.push(["oauth_token", o.token]);
  if (o.callback !== undefined) params.push(["oauth_callback", o.callback]);
  if (o.verifier !== undefined) params.push(["oauth_verifier", o.verifier]);
  const key = `${oauthEncode(o.consumerSecret)}&${oauthEncode(o.tokenSecret ?? "")}`;
  const signature = await hmacSha1(key, signatureBase(o.method, o.url, params));
  params.push(["oauth_signature", signature]);
  return "OAuth " + params.map(([k, v]) => `${oauthEncode(k)}="${oauthEncode(v)}"`).join(", ");
}

/** keystoneclient's get_oauth_token_from_body: key (and id), secret, expires when given. */
export function oauthToken(body: string): Record<string, string> {
  const q = new URLSearchParams(body.trim());
  const key = q.get("oauth_token");
  const secret = q.get("oauth_token_secret");
  if (!key || !secret) throw new Error("Malformed response from the identity service: no token");
  const token: Record<string, string> = { key, id: key, secret };
  const expires = q.get("oauth_expires_at");
  if (expires) token.expires = expires;
  return token;
}
