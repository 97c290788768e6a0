/** What the role commands share. */
import type { ServiceClient } from "../../http/service.ts";
import { domainIdOf, identityFind } from "../../kit/identity.ts";
import type { Item } from "../../kit/resource.ts";
import { role } from "../../resources/identity/role.ts";

/** utils.find_resource(roles, x, domain_id=…): the domain through common.find_domain first. */
export async function findRole(
  svc: ServiceClient,
  nameOrId: string,
  domain: string | undefined,
): Promise<Item> {
  const domainId = await domainIdOf(svc, domain);
  return await identityFind(svc, role, nameOrId, { domainId, forbiddenAsId: false });
}
