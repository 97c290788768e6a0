/** Keystone v3 regions (keystoneclient's Region): known by ID; shown as `region`. */
import { blank, keystoneResource } from "./_keystone.ts";

export const region = {
  ...keystoneResource({
    path: "/regions",
    key: "region",
    plural: "regions",
    noun: "region",
    attrs: { id: blank, parent_region_id: blank, description: blank },
  }),
  bodyShow: { drop: ["links"], rename: { id: "region", parent_region_id: "parent_region" } },
};
