/** Nova key pairs, as openstacksdk's Keypair presents them (its id is the name). */
import { defineResource } from "../../kit/resource.ts";

export const keypair = defineResource({
  service: "compute",
  path: "/os-keypairs",
  key: "keypair",
  plural: "keypairs",
  sdkName: "Keypair",
  noun: "keypair",
  lookup: "sdk",
  paging: "links",
  // GET /os-keypairs filters on user_id only; each entry is {"keypair": {...}}
  nameFilter: null,
  unwrapListItem: "keypair",
  attrs: {
    created_at: {},
    is_deleted: { key: "deleted", type: "bool" },
    fingerprint: {},
    id: { key: "name" },
    name: {},
    private_key: {},
    public_key: {},
    type: { default: "ssh" },
    user_id: {},
    location: { show: false },
  },
});
