/** Keystone v3 domains (keystoneclient's Domain). */
import { blank, keystoneResource } from "./_keystone.ts";

export const domain = keystoneResource({
  path: "/domains",
  key: "domain",
  plural: "domains",
  noun: "domain",
  attrs: { id: blank, name: blank, enabled: blank, description: blank },
});
