/** Neutron's service providers, as openstacksdk's ServiceProvider presents them. */
import { defineResource } from "../../kit/resource.ts";

export const serviceProvider = defineResource({
  service: "network",
  path: "/service-providers",
  key: "service_provider",
  plural: "service_providers",
  sdkName: "ServiceProvider",
  noun: "service provider",
  lookup: "sdk",
  paging: "links",
  attrs: {
    service_type: {},
    name: {},
    is_default: { key: "default", type: "bool" },
  },
});
