/** Cinder volume transfers, as cinderclient's transfer manager sends them. */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";
import { supports } from "../../kit/versions.ts";
import { oscFind } from "../find.ts";

export interface Transfer {
  id: string;
  name: string | null;
  [key: string]: unknown;
}

/** /volume-transfers from 3.55, /os-volume-transfer before. */
function base(svc: ServiceClient): string {
  return supports(svc, "3.55") ? "/volume-transfers" : "/os-volume-transfer";
}

function one(body: unknown): Transfer {
  return objectIn<Transfer>(body, "transfer", "block-storage");
}

/** GET <base>/detail with cinderclient's true search options. */
export async function listTransfers(
  svc: ServiceClient,
  query: Record<string, string | number | undefined> = {},
): Promise<Transfer[]> {
  return listOfObjects<Transfer>(
    await svc.get(`${base(svc)}/detail`, query),
    "transfers",
    "block-storage",
  );
}

/** find_resource over cinderclient's transfers ("volumetransfer" in its messages). */
export async function findTransfer(svc: ServiceClient, nameOrId: string): Promise<Transfer> {
  return await oscFind<Transfer>({
    noun: "volumetransfer",
    get: async (id) => one(await svc.get(`${base(svc)}/${encodeURIComponent(id)}`)),
    find: (name) => listTransfers(svc, { all_tenants: 1, name }),
    list: () => listTransfers(svc),
  }, nameOrId);
}

export async function createTransfer(
  svc: ServiceClient,
  attrs: Record<string, unknown>,
): Promise<Transfer> {
  return one((await svc.request(base(svc), { method: "POST", json: { transfer: attrs } })).body);
}

export async function acceptTransfer(
  svc: ServiceClient,
  id: string,
  authKey: string,
): Promise<Transfer> {
  // cinderclient puts the id in the path as it is
  const res = await svc.request(`${base(svc)}/${id}/accept`, {
    method: "POST",
    json: { accept: { auth_key: authKey } },
  });
  return one(res.body);
}

export async function deleteTransfer(svc: ServiceClient, id: string): Promise<void> {
  await svc.request(`${base(svc)}/${encodeURIComponent(id)}`, {
    method: "DELETE",
    expectJson: false,
  });
}
