/** Keystone's OS-OAUTH1 consumers (keystoneclient's Consumer); a consumer's secret shows once. */
import type { ServiceClient } from "../../http/service.ts";
import { oauthAuthorization, type OAuthSign, oauthToken } from "../../kit/oauth1.ts";
import { blank, keystoneResource } from "./_keystone.ts";

export const consumer = keystoneResource({
  path: "/OS-OAUTH1/consumers",
  key: "consumer",
  plural: "consumers",
  noun: "consumer",
  attrs: { id: blank, description: blank },
});

/** POST an OAuth-signed token request; the form answer as keystoneclient reads it. */
export async function oauthTokenRequest(
  svc: ServiceClient,
  path: string,
  sign: Omit<OAuthSign, "method" | "url">,
  headers: Record<string, string> = {},
): Promise<Record<string, string>> {
  const authorization = await oauthAuthorization({ ...sign, method: "POST", url: svc.url(path) });
  const res = await svc.request(path, {
    method: "POST",
    headers: { ...headers, Authorization: authorization },
    expectJson: false,
  });
  return oauthToken(typeof res.body === "string" ? res.body : "");
}
