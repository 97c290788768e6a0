import assert from "node:assert/strict";
import {
  documentHoldsSecret,
  findExposedSecretFile,
  isGroupOrWorldReadable,
} from "../../../src/config/permissions.ts";
import { CWD, fakeFs, resolve, USER_DIR } from "./helpers.ts";

const withPassword = "clouds: {a: {auth: {auth_url: http://a, password: p}}}";
const withoutSecret = "clouds: {a: {auth: {auth_url: http://a}}}";

Deno.test("group/world read bits", () => {
  assert.equal(isGroupOrWorldReadable(0o600), false);
  assert.equal(isGroupOrWorldReadable(0o640), true);
  assert.equal(isGroupOrWorldReadable(0o604), true);
  assert.equal(isGroupOrWorldReadable(0o620), false);
});

Deno.test("documents holding a secret", () => {
  assert.equal(documentHoldsSecret({ clouds: { a: { auth: { password: "p" } } } }), true);
  assert.equal(
    documentHoldsSecret({ clouds: { a: { auth: { "application-credential-secret": "s" } } } }),
    true,
  );
  assert.equal(documentHoldsSecret({ clouds: { a: { token: "t" } } }), true);
  assert.equal(documentHoldsSecret({ clouds: { a: { auth: { username: "u" } } } }), false);
  assert.equal(documentHoldsSecret(null), false);
});

Deno.test("a world-readable clouds.yaml with a password is reported", async () => {
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]: { text: withPassword, mode: 0o644 },
  });
  assert.equal(r.insecurePasswordFile, `${CWD}/clouds.yaml`);
});

Deno.test("a private clouds.yaml is not reported", async () => {
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]: { text: withPassword, mode: 0o600 },
  });
  assert.equal(r.insecurePasswordFile, undefined);
});

Deno.test("a readable secure.yaml with the secret is reported; files without secrets are not stat'ed", async () => {
  const fs = fakeFs({
    [`${CWD}/clouds.yaml`]: { text: withoutSecret, mode: 0o644 },
    [`${USER_DIR}/secure.yaml`]: { text: "clouds: {a: {auth: {password: p}}}", mode: 0o640 },
  });
  const r = await resolve({ osCloud: "a" }, {}, {}, fs);
  assert.equal(r.insecurePasswordFile, `${USER_DIR}/secure.yaml`);
  assert.deepEqual(fs.modes, [`${USER_DIR}/secure.yaml`]);
});

Deno.test("findExposedSecretFile returns the first exposed file", async () => {
  const fs = fakeFs({ "/a": { text: "", mode: 0o600 }, "/b": { text: "", mode: 0o644 } });
  const doc = { clouds: { x: { auth: { password: "p" } } } };
  assert.equal(await findExposedSecretFile([{ path: "/a", doc }, { path: "/b", doc }], fs), "/b");
  assert.equal(await findExposedSecretFile([{ path: "/a", doc }], fs), undefined);
});
