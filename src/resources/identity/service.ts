/** Keystone v3 catalog services (keystoneclient's Service). */
import { blank, keystoneResource } from "./_keystone.ts";

export const service = keystoneResource({
  path: "/services",
  key: "service",
  plural: "services",
  noun: "service",
  attrs: { id: blank, name: blank, type: blank, description: blank, enabled: blank },
});
