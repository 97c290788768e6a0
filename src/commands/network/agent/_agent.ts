/** get_agent(id): one GET, its failure worded "No Agent found for <id>: …" as openstacksdk's proxy does. */
import { sdkCall } from "../../../api/sdk.ts";
import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { worded } from "../../../kit/wording.ts";
import { network } from "../../../resources/network/network.ts";
import { router } from "../../../resources/network/router.ts";
import type { ServiceClient } from "../../../http/service.ts";
import { findItem, getItem, type Item } from "../../../kit/resource.ts";
import { agent } from "../../../resources/network/agent.ts";

export function getAgent(svc: ServiceClient, id: string): Promise<Item> {
  return sdkCall(getItem(svc, agent, id), { resource: "Agent", value: id });
}

export const agentPositional = { name: "agentId", metavar: "<agent-id>", help: "Agent (ID)" };

/**
 * add/remove network (a DHCP agent's dhcp-networks) and add/remove router (an L3 agent's
 * l3-routers): get_agent, find the target, then — only with --dhcp / --l3 — POST or DELETE.
 * python builds a DHCP refusal's error and never raises it, so that one ends in silence, exit 0.
 */
export function hostingCommand(o: { summary: string; target: "network" | "router"; add: boolean }) {
  const dhcp = o.target === "network";
  const list = dhcp ? "dhcp-networks" : "l3-routers";
  const resource = dhcp ? network : router;
  const only = dhcp ? "dhcp" : "l3";
  return defineCommand({
    summary: o.summary,
    flags: {
      [only]: flag.boolean({
        help: `The agent is ${dhcp ? "a DHCP" : "an L3"} agent (nothing happens without it)`,
      }),
    },
    positionals: [agentPositional, {
      name: o.target,
      metavar: `<${o.target}>`,
      help: `${dhcp ? "Network" : "Router"} (name or ID)`,
    }],
    async run({ flags: f, positionals }, ctx) {
      const svc = await ctx.service("network");
      const a = await getAgent(svc, positionals.agentId as string);
      await worded(
        "sdk",
        (async () => {
          const t = await findItem(svc, resource, positionals[o.target] as string);
          if (!f[only]) return;
          const path = `/agents/${encodeURIComponent(String(a.id))}/${list}`;
          const sent = o.add
            ? svc.request(path, {
              method: "POST",
              json: { [`${o.target}_id`]: t.id },
              expectJson: false,
            })
            : svc.request(`${path}/${encodeURIComponent(String(t.id))}`, {
              method: "DELETE",
              expectJson: false,
            });
          await (dhcp ? sent.catch(() => undefined) : sent);
        })(),
      );
    },
  });
}
