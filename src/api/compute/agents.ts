/** Nova's os-agents API (XenAPI guest agents; Nova answers 410 Gone since Wallaby). */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";

export type Agent = Record<string, unknown>;

export async function listAgents(compute: ServiceClient, hypervisor?: string): Promise<Agent[]> {
  const body = await compute.get("/os-agents", hypervisor ? { hypervisor } : undefined);
  return listOfObjects<Agent>(body, "agents", compute.type);
}

export async function createAgent(compute: ServiceClient, agent: Agent): Promise<Agent> {
  const res = await compute.request("/os-agents", { method: "POST", json: { agent } });
  return objectIn<Agent>(res.body, "agent", compute.type);
}

export async function updateAgent(compute: ServiceClient, id: string, para: Agent): Promise<void> {
  await compute.request(`/os-agents/${encodeURIComponent(id)}`, {
    method: "PUT",
    json: { para },
  });
}

export async function deleteAgent(compute: ServiceClient, id: string): Promise<void> {
  await compute.request(`/os-agents/${encodeURIComponent(id)}`, {
    method: "DELETE",
    expectJson: false,
  });
}
