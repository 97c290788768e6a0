/**
 * Throw-away certificates for HTTPS tests of the fake cloud, made with the
 * openssl binary: a CA, and a leaf for 127.0.0.1/localhost signed by it.
 * Returns undefined when openssl is not available.
 */
export interface TestCerts {
  /** PEM of the CA (trust this: Deno.createHttpClient({ caCerts: [caCert] }) or clouds.yaml cacert). */
  caCert: string;
  /** PEM of the server certificate and its key (pass as startFakeCloud({ tls: { cert, key } })). */
  cert: string;
  key: string;
}

async function openssl(args: string[], cwd: string): Promise<boolean> {
  try {
    const out = await new Deno.Command("openssl", { args, cwd, stdout: "null", stderr: "piped" })
      .output();
    return out.success;
  } catch {
    return false;
  }
}

export async function makeTestCerts(): Promise<TestCerts | undefined> {
  const dir = await Deno.makeTempDir({ prefix: "fake-cloud-tls-" });
  try {
    await Deno.writeTextFile(
      `${dir}/leaf.ext`,
      "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n" +
        "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n",
    );
    const steps = [
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=fake-cloud test CA",
      ],
      [
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "key.pem",
        "-out",
        "leaf.csr",
        "-subj",
        "/CN=127.0.0.1",
      ],
      [
        "x509",
        "-req",
        "-in",
        "leaf.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "cert.pem",
        "-days",
        "2",
        "-extfile",
        "leaf.ext",
      ],
    ];
    for (const s of steps) if (!(await openssl(s, dir))) return undefined;
    return {
      caCert: await Deno.readTextFile(`${dir}/ca.pem`),
      cert: await Deno.readTextFile(`${dir}/cert.pem`),
      key: await Deno.readTextFile(`${dir}/key.pem`),
    };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/**
 * A self-signed server certificate for 127.0.0.1/localhost (no CA): `cert` is
 * also what a client must trust (`--os-cacert` pointing at it).
 */
export async function makeSelfSignedCert(): Promise<{ cert: string; key: string } | undefined> {
  const dir = await Deno.makeTempDir({ prefix: "fake-cloud-tls-" });
  try {
    const ok = await openssl([
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      "key.pem",
      "-out",
      "cert.pem",
      "-days",
      "2",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "-addext",
      "basicConstraints=critical,CA:FALSE",
      "-addext",
      "extendedKeyUsage=serverAuth",
    ], dir);
    if (!ok) return undefined;
    return {
      cert: await Deno.readTextFile(`${dir}/cert.pem`),
      key: await Deno.readTextFile(`${dir}/key.pem`),
    };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
