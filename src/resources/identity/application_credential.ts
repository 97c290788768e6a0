/**
 * Keystone v3 application credentials and access rules: both live under their user
 * (/users/{user}/…), the token's user unless told (keystoneclient's managers).
 */
import type { Resource } from "../../kit/resource.ts";
import { blank, keystoneResource } from "./_keystone.ts";

const under = (userId: string) => `/users/${encodeURIComponent(userId)}`;

/** python shows the roles as their names, space-separated. */
export function roleNames(roles: unknown): string {
  return Array.isArray(roles) ? roles.map((r) => String(r?.name)).join(" ") : "";
}

export function applicationCredential(userId: string): Resource {
  return {
    ...keystoneResource({
      path: `${under(userId)}/application_credentials`,
      key: "application_credential",
      plural: "application_credentials",
      noun: "applicationcredential",
      attrs: {
        id: blank,
        name: blank,
        project_id: blank,
        description: blank,
        expires_at: blank,
      },
    }),
    bodyShow: { drop: ["links"], format: { roles: roleNames } },
  };
}

export function accessRule(userId: string): Resource {
  return keystoneResource({
    path: `${under(userId)}/access_rules`,
    key: "access_rule",
    plural: "access_rules",
    noun: "accessrule",
    attrs: { id: blank, service: blank, method: blank, path: blank },
  });
}
