import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { redactJson } from "../../../src/http/redact.ts";

Deno.test("redactJson: identity secrets in bodies (credential blob, EC2 and app credential secret)", () => {
  deepStrictEqual(
    redactJson({
      credential: { blob: '{"access": "a", "secret": "s"}', type: "ec2", user_id: "u" },
      credentials: [{ access: "a", secret: "s", tenant_id: "p" }],
      application_credential: { name: "n", secret: "s", roles: [{ id: "r" }] },
    }),
    {
      credential: { blob: "***", type: "ec2", user_id: "u" },
      credentials: [{ access: "a", secret: "***", tenant_id: "p" }],
      application_credential: { name: "n", secret: "***", roles: [{ id: "r" }] },
    },
  );
});

Deno.test("--debug omits a form-encoded answer (an OAuth token and its secret), as keystoneauth does", async () => {
  const { HttpClient } = await import("../../../src/http/client.ts");
  const lines: string[] = [];
  const type = "application/x-www-form-urlencoded";
  const http = new HttpClient({
    now: () => 0,
    debug: (l) => Promise.resolve(void lines.push(l)),
    fetch: () =>
      Promise.resolve(
        new Response("oauth_token=k&oauth_token_secret=s3cr3t", {
          status: 201,
          headers: { "content-type": type },
        }),
      ),
  });
  const res = await http.request("http://x/v3/OS-OAUTH1/request_token", {
    method: "POST",
    expectJson: false,
  });
  strictEqual(res.body, "oauth_token=k&oauth_token_secret=s3cr3t");
  ok(!lines.join("\n").includes("s3cr3t"));
  ok(lines.includes(
    `RESP BODY: Omitted, Content-Type is set to ${type}. ` +
      "Only application/json, text/plain responses have their bodies logged.",
  ));
});
