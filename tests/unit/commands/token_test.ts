import { deepStrictEqual, strictEqual } from "node:assert";
import { FIXTURE_TOKEN, loadAuth, loadFixture, replay } from "./replay.ts";
import { pythonExpires } from "../../../src/commands/token/issue.ts";

function recordedExpiry(cloud: string): string {
  const post = loadAuth(cloud).find((e) => e.method === "POST")!;
  return JSON.parse(post.body).token.expires_at;
}

/** python's output with its own (live, not recorded) token and expiry put in. */
function pythonWith(name: string, expires: string): string {
  return loadFixture(name).python.stdout.replace("<python's token>", FIXTURE_TOKEN)
    .replace(/"expires": "[^"]*"/, `"expires": "${expires}"`);
}

Deno.test("token issue -f json: python's fields, the new token and its expiry", async () => {
  const f = loadFixture("token_issue");
  const r = await replay(f.argv, f.cloud, []);
  strictEqual(r.code, 0, r.stderr);
  const expires = pythonExpires(recordedExpiry("admin"));
  strictEqual(r.stdout, pythonWith("token_issue", expires));
  // a token of its own: one authentication, nothing else
  deepStrictEqual(r.requests, ["POST http://127.0.0.1:5000/v3/auth/tokens"]);
});

Deno.test("token issue, system scope: system all and no project", async () => {
  const f = loadFixture("token_issue_system");
  const r = await replay(f.argv, f.cloud, []);
  strictEqual(r.code, 0, r.stderr);
  strictEqual(
    r.stdout,
    pythonWith("token_issue_system", pythonExpires(recordedExpiry("admin-system"))),
  );
});

Deno.test("token issue table prints the token (the user asked for it)", async () => {
  const r = await replay(["token", "issue", "-f", "value"], "admin", []);
  const lines = r.stdout.trimEnd().split("\n");
  deepStrictEqual(lines.length, 4);
  strictEqual(lines[1], FIXTURE_TOKEN);
  strictEqual(lines[0], pythonExpires(recordedExpiry("admin")));
});

Deno.test("token expiry as keystoneauth prints it: seconds, numeric zone", () => {
  strictEqual(pythonExpires("2026-11-26T18:33:27.000000Z"), "2026-11-26T18:33:27+0000");
  strictEqual(pythonExpires("2026-11-26T18:33:27Z"), "2026-11-26T18:33:27+0000");
  strictEqual(pythonExpires("2026-11-26T20:33:27+02:00"), "2026-11-26T20:33:27+0200");
});
