/** The generated key pair is what OpenSSH reads: ssh-keygen derives the same public key. */
import { ok, strictEqual } from "node:assert";
import { generateEd25519 } from "../../../src/commands/keypair/_openssh.ts";

const HAVE_SSH_KEYGEN = await Deno.stat("/usr/bin/ssh-keygen").then(() => true, () => false);

Deno.test("ed25519 pair: OpenSSH formats", async () => {
  const k = await generateEd25519();
  ok(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}$/.test(k.publicKey), k.publicKey);
  ok(k.privateKey.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
  ok(k.privateKey.endsWith("-----END OPENSSH PRIVATE KEY-----\n"));
  if (!HAVE_SSH_KEYGEN) return;
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/id`, k.privateKey, { mode: 0o600 });
    const out = await new Deno.Command("/usr/bin/ssh-keygen", { args: ["-y", "-f", `${dir}/id`] })
      .output();
    strictEqual(out.code, 0, new TextDecoder().decode(out.stderr));
    strictEqual(new TextDecoder().decode(out.stdout).trim(), k.publicKey);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
