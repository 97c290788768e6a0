/** Keystone v3 credentials (keystoneclient's Credential); the blob is the secret part. */
import { blank, keystoneResource } from "./_keystone.ts";

export const credential = keystoneResource({
  path: "/credentials",
  key: "credential",
  plural: "credentials",
  noun: "credential",
  attrs: { id: blank, type: blank, user_id: blank, blob: blank, project_id: blank },
});
