// Expected values: keystoneauth1 5.0's plugin options with secret=True
// (base.get_plugin_options(name)), as openstackclient's ShowConfiguration masks them.
import { deepStrictEqual } from "node:assert";
import { maskedAuth } from "../../../src/commands/configuration/show.ts";

const AUTH = {
  username: "u",
  password: "p",
  token: "t",
  application_credential_secret: "s",
  passcode: "c",
};

Deno.test("configuration show: each plugin's secrets masked", () => {
  const masked = (type: string) =>
    Object.entries(maskedAuth(type, AUTH, true)).filter(([, v]) => v === "<redacted>")
      .map(([k]) => k);
  deepStrictEqual(masked("password"), ["auth.password"]);
  deepStrictEqual(masked("v3token"), ["auth.token"]);
  deepStrictEqual(masked("admin_token"), ["auth.token"]);
  deepStrictEqual(masked("v3applicationcredential"), ["auth.application_credential_secret"]);
  deepStrictEqual(masked("v3totp"), ["auth.passcode"]);
  deepStrictEqual(masked("none"), []);
  // no plugin known: openstackclient's fallback list
  deepStrictEqual(masked("e2e-unknown"), ["auth.password", "auth.token"]);
});

Deno.test("configuration show: --unmask shows every value", () => {
  deepStrictEqual(maskedAuth("password", { password: "p" }, false), { "auth.password": "p" });
});
