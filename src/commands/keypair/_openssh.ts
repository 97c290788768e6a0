/**
 * A new Ed25519 key pair in OpenSSH's formats, made with Web Crypto: the
 * public key line ("ssh-ed25519 AAAA…") and the private key file
 * ("-----BEGIN OPENSSH PRIVATE KEY-----", openssh-key-v1, unencrypted), as
 * ssh-keygen writes them. Nova stops generating keys at microversion 2.92.
 */

function u32(n: number): Uint8Array {
  return new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** SSH wire "string": a length, then the bytes. */
function sshString(data: Uint8Array | string): Uint8Array {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return concat(u32(bytes.length), bytes);
}

function base64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export interface SshKeyPair {
  publicKey: string;
  privateKey: string;
}

export async function generateEd25519(comment = ""): Promise<SshKeyPair> {
  const key = await crypto.subtle.generateKey({ name: "Ed25519" }, true, [
    "sign",
    "verify",
  ]) as CryptoKeyPair;
  const pub = new Uint8Array(await crypto.subtle.exportKey("raw", key.publicKey));
  // PKCS#8 of an Ed25519 key ends with the 32-byte seed
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey("pkcs8", key.privateKey));
  const seed = pkcs8.slice(pkcs8.length - 32);
  const type = "ssh-ed25519";
  const pubBlob = concat(sshString(type), sshString(pub));
  const check = crypto.getRandomValues(new Uint8Array(4));
  let priv = concat(
    check,
    check,
    sshString(type),
    sshString(pub),
    sshString(concat(seed, pub)),
    sshString(comment),
  );
  // padded with 1, 2, 3, … to the cipher block size (8 for "none")
  const pad = (8 - (priv.length % 8)) % 8;
  priv = concat(priv, Uint8Array.from({ length: pad }, (_, i) => i + 1));
  const body = concat(
    new TextEncoder().encode("openssh-key-v1\0"),
    sshString("none"),
    sshString("none"),
    sshString(""),
    u32(1),
    sshString(pubBlob),
    sshString(priv),
  );
  const lines = base64(body).match(/.{1,70}/g) ?? [];
  return {
    publicKey: `${type} ${base64(pubBlob)}${comment ? ` ${comment}` : ""}`,
    privateKey: [
      "-----BEGIN OPENSSH PRIVATE KEY-----",
      ...lines,
      "-----END OPENSSH PRIVATE KEY-----",
      "",
    ].join("\n"),
  };
}
