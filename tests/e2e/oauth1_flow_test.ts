/**
 * The OAuth1 flow end to end, both clients on the real cloud: a consumer (made by python), then
 * each client's request token create → request token authorize → access token create. What one
 * step prints feeds the next, which a one-line parity case cannot do. Each answer holds fresh
 * keys and secrets, so the fields and exit codes are compared; our --debug trace must not carry
 * any secret.
 */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { type Outcome, runOurs, runPython } from "../helpers/cli.ts";
import { closePythonRunners } from "../helpers/python_pool.ts";
import { cloudEnv } from "./cloud_env.ts";

const env = cloudEnv("admin", await Deno.makeTempDir({ prefix: "osc-e2e-oauth-" }));
const json = (o: Outcome) => {
  strictEqual(o.code, 0, o.stderr);
  return JSON.parse(o.stdout) as Record<string, string>;
};

Deno.test({
  name: "oauth1 flow: request token, authorize, access token (python and ours)",
  sanitizeOps: false,
  sanitizeResources: false,
}, async () => {
  const made = json(
    await runPython([
      "consumer",
      "create",
      "--description",
      `e2e-oauth-${Date.now()}`,
      "-f",
      "json",
    ], env),
  );
  try {
    const secrets = [made.secret];
    const flow = async (
      run: (argv: string[], env: Record<string, string>) => Promise<Outcome>,
      debug: boolean,
    ) => {
      const extra = debug ? ["--debug"] : [];
      const rtOut = await run([
        ...["request", "token", "create", "--consumer-key", made.id, "--consumer-secret"],
        ...[made.secret, "--project", "admin", "-f", "json", ...extra],
      ], env);
      const rt = json(rtOut);
      const authOut = await run([
        ...["request", "token", "authorize", "--request-key", rt.key, "--role", "admin"],
        ...["-f", "json", ...extra],
      ], env);
      const auth = json(authOut);
      const atOut = await run([
        ...["access", "token", "create", "--consumer-key", made.id, "--consumer-secret"],
        ...[made.secret, "--request-key", rt.key, "--request-secret", rt.secret, "--verifier"],
        ...[auth.oauth_verifier, "-f", "json", ...extra],
      ], env);
      const at = json(atOut);
      secrets.push(rt.secret, at.secret);
      return {
        shape: [Object.keys(rt), Object.keys(auth), Object.keys(at)],
        same: [rt.id === rt.key, at.id === at.key, auth.oauth_verifier.length > 0],
        stderr: [rtOut.stderr, authOut.stderr, atOut.stderr].join("\n"),
      };
    };
    const py = await flow((a, e) => runPython(a, e), false);
    const ours = await flow((a, e) => runOurs(a, e), false);
    deepStrictEqual(ours.shape, py.shape);
    deepStrictEqual(ours.same, py.same);
    deepStrictEqual(py.shape, [["expires", "id", "key", "secret"], ["oauth_verifier"], [
      "expires",
      "id",
      "key",
      "secret",
    ]]);
    const traced = await flow((a, e) => runOurs(a, e), true);
    ok(traced.stderr.includes("RESP BODY"), "the --debug trace was written");
    for (const s of secrets) ok(!traced.stderr.includes(s), "a secret in the --debug trace");
  } finally {
    await runPython(["consumer", "delete", made.id], env);
    await closePythonRunners();
  }
});
