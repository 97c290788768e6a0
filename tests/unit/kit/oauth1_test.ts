/**
 * OAuth1 signing: the expected headers are what python's oauthlib 3.2.2 Client.sign (HMAC-SHA1,
 * as keystoneclient calls it) gave for the same inputs, nonce and timestamp.
 */
import { deepStrictEqual, strictEqual, throws } from "node:assert";
import { oauthAuthorization, oauthEncode, oauthToken } from "../../../src/kit/oauth1.ts";

Deno.test("oauthAuthorization signs a request token call as oauthlib does", async () => {
  strictEqual(
    await oauthAuthorization({
      method: "POST",
      url: "http://127.0.0.1:5000/v3/OS-OAUTH1/request_token",
      consumerKey: "ck!*'",
      consumerSecret: "cs&x",
      callback: "oob",
      nonce: "12345",
      timestamp: "1700000000",
    }),
    'OAuth oauth_nonce="12345", oauth_timestamp="1700000000", oauth_version="1.0", ' +
      'oauth_signature_method="HMAC-SHA1", oauth_consumer_key="ck%21%2A%27", ' +
      'oauth_callback="oob", oauth_signature="VCnebumZoNw%2F7laOjN4c%2F2oYSaE%3D"',
  );
});

Deno.test("oauthAuthorization signs an access token call as oauthlib does", async () => {
  strictEqual(
    await oauthAuthorization({
      method: "POST",
      url: "HTTP://Example.COM:80/v3/OS-OAUTH1/access_token",
      consumerKey: "ck",
      consumerSecret: "cs",
      token: "rk",
      tokenSecret: "rs~ /",
      verifier: "v1",
      nonce: "999",
      timestamp: "1700000001",
    }),
    'OAuth oauth_nonce="999", oauth_timestamp="1700000001", oauth_version="1.0", ' +
      'oauth_signature_method="HMAC-SHA1", oauth_consumer_key="ck", oauth_token="rk", ' +
      'oauth_verifier="v1", oauth_signature="0pwd2I%2BBALzYxGBifsMoQ7JiuyA%3D"',
  );
});

Deno.test("oauthEncode leaves only RFC 5849's unreserved bytes", () => {
  strictEqual(oauthEncode("a-._~ !*'()é/"), "a-._~%20%21%2A%27%28%29%C3%A9%2F");
});

Deno.test("oauthToken reads keystone's form answer as keystoneclient does", () => {
  deepStrictEqual(
    oauthToken("oauth_token=k1&oauth_token_secret=s1&oauth_expires_at=2026-12-03T05%3A00%3A00Z"),
    { key: "k1", id: "k1", secret: "s1", expires: "2026-12-03T05:00:00Z" },
  );
  deepStrictEqual(oauthToken("oauth_token=k1&oauth_token_secret=s1"), {
    key: "k1",
    id: "k1",
    secret: "s1",
  });
  throws(() => oauthToken("nothing"));
});
