/** Keystone v3 roles (keystoneclient's Role). */
import { blank, keystoneResource } from "./_keystone.ts";

export const role = keystoneResource({
  path: "/roles",
  key: "role",
  plural: "roles",
  noun: "role",
  attrs: { id: blank, name: blank, domain_id: blank, description: blank },
});
