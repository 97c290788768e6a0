/** Keystone v3 users (keystoneclient's User). */
import { blank, keystoneResource } from "./_keystone.ts";

export const user = keystoneResource({
  path: "/users",
  key: "user",
  plural: "users",
  noun: "user",
  attrs: {
    id: blank,
    name: blank,
    default_project_id: blank,
    domain_id: blank,
    description: blank,
    email: blank,
    enabled: blank,
  },
});
