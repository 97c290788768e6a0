/** The object types an RBAC policy may cover, and how python finds each one. */
import type { ServiceClient } from "../../http/service.ts";
import { findItem, type Resource } from "../../kit/resource.ts";
import { addressGroup } from "../../resources/network/address_group.ts";
import { addressScope } from "../../resources/network/address_scope.ts";
import { network } from "../../resources/network/network.ts";
import { qosPolicy } from "../../resources/network/qos_policy.ts";
import { securityGroup } from "../../resources/network/security_group.ts";
import { subnetPool } from "../../resources/network/subnet_pool.ts";

const OBJECTS: Record<string, Resource> = {
  address_group: addressGroup,
  address_scope: addressScope,
  security_group: securityGroup,
  subnetpool: subnetPool,
  qos_policy: qosPolicy,
  network,
};

export const OBJECT_TYPES = Object.keys(OBJECTS);
export const ACTIONS = ["access_as_external", "access_as_shared"];

export async function objectId(svc: ServiceClient, type: string, nameOrId: string) {
  return (await findItem(svc, OBJECTS[type], nameOrId)).id;
}
