/** Keystone v3 role assignments (keystoneclient's RoleAssignment): a list only. */
import { keystoneResource } from "./_keystone.ts";

export const roleAssignment = keystoneResource({
  path: "/role_assignments",
  key: "role_assignment",
  plural: "role_assignments",
  noun: "roleassignment",
});
