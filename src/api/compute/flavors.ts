/** Nova flavors. */
import type { ServiceClient } from "../../http/service.ts";
import { findResource, unless404 } from "../find.ts";

export interface Flavor {
  id: string;
  name: string;
  ram?: number;
  vcpus?: number;
  disk?: number;
  [key: string]: unknown;
}

export async function getFlavor(compute: ServiceClient, id: string): Promise<Flavor> {
  return (await compute.get<{ flavor: Flavor }>(`/flavors/${encodeURIComponent(id)}`)).flavor;
}

export async function listFlavors(compute: ServiceClient): Promise<Flavor[]> {
  return (await compute.get<{ flavors: Flavor[] }>("/flavors/detail", { is_public: "None" }))
    .flavors;
}

export async function findFlavor(compute: ServiceClient, nameOrId: string): Promise<Flavor> {
  return await findResource({
    noun: "flavor",
    byId: (id) => unless404(getFlavor(compute, id)),
    byName: () => listFlavors(compute),
  }, nameOrId);
}
