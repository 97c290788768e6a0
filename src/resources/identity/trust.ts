/** Keystone v3 trusts (keystoneclient's Trust, under /OS-TRUST). */
import { blank, keystoneResource } from "./_keystone.ts";
import { roleNames } from "./application_credential.ts";

export const trust = {
  ...keystoneResource({
    path: "/OS-TRUST/trusts",
    key: "trust",
    plural: "trusts",
    noun: "trust",
    attrs: {
      id: blank,
      expires_at: blank,
      impersonation: blank,
      project_id: blank,
      trustee_user_id: blank,
      trustor_user_id: blank,
    },
  }),
  bodyShow: { drop: ["links", "roles_links"], format: { roles: roleNames } },
};
