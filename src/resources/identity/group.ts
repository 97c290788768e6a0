/** Keystone v3 groups (keystoneclient's Group). */
import { blank, keystoneResource } from "./_keystone.ts";

export const group = keystoneResource({
  path: "/groups",
  key: "group",
  plural: "groups",
  noun: "group",
  attrs: { id: blank, name: blank, domain_id: blank, description: blank },
});
