/** Nova flavors, as openstacksdk's Flavor presents them to flavor list/show. */
import { defineResource } from "../../kit/resource.ts";
import { sdkFlavorId } from "../../api/compute/flavors.ts";

export const flavor = defineResource({
  service: "compute",
  path: "/flavors",
  key: "flavor",
  plural: "flavors",
  sdkName: "Flavor",
  noun: "flavor",
  lookup: "sdk",
  paging: "links",
  attrs: {
    id: { compute: (f) => sdkFlavorId(f) ?? null },
    // a server's embedded flavor has only original_name
    name: {
      compute: (f) => ("name" in f ? f.name : "original_name" in f ? f.original_name : null),
    },
    original_name: { show: false },
    description: {},
    disk: { type: "int", default: 0 },
    is_public: {
      key: "os-flavor-access:is_public",
      type: "bool",
      default: true,
      show: "os-flavor-access:is_public",
    },
    ram: { type: "int", default: 0 },
    vcpus: { type: "int", default: 0 },
    swap: { default: 0 },
    ephemeral: {
      key: "OS-FLV-EXT-DATA:ephemeral",
      type: "int",
      default: 0,
      show: "OS-FLV-EXT-DATA:ephemeral",
    },
    is_disabled: {
      key: "OS-FLV-DISABLED:disabled",
      type: "bool",
      show: "OS-FLV-DISABLED:disabled",
    },
    rxtx_factor: { type: "float" },
    extra_specs: { type: "dict", default: {}, format: "dict", show: "properties" },
  },
});
