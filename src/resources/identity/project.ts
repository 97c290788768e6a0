/** Keystone v3 projects (keystoneclient's Project). */
import { blank, keystoneResource } from "./_keystone.ts";

export const project = keystoneResource({
  path: "/projects",
  key: "project",
  plural: "projects",
  noun: "project",
  attrs: { id: blank, name: blank, domain_id: blank, description: blank, enabled: blank },
});
