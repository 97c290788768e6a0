import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { type Column, listResult } from "../../../kit/attrs.ts";
import { findItem, type Item, listAll } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { agent } from "../../../resources/network/agent.ts";
import { network } from "../../../resources/network/network.ts";
import { router } from "../../../resources/network/router.ts";

/** --agent-type's words → the agent_type Neutron reports. */
const TYPES: Record<string, string> = {
  bgp: "BGP dynamic routing agent",
  dhcp: "DHCP agent",
  "open-vswitch": "Open vSwitch agent",
  "linux-bridge": "Linux bridge agent",
  ofa: "OFA driver agent",
  l3: "L3 agent",
  loadbalancer: "Loadbalancer agent",
  metering: "Metering agent",
  metadata: "Metadata agent",
  macvtap: "Macvtap agent",
  nic: "NIC Switch agent",
};

const COLUMNS: Column[] = [
  ["ID", "id"],
  ["Agent Type", "agent_type"],
  ["Host", "host"],
  ["Availability Zone", "availability_zone"],
  ["Alive", "is_alive"],
  ["State", "is_admin_state_up"],
  ["Binary", "binary"],
];

export default defineCommand({
  summary: "List network agents",
  output: "list",
  flags: {
    agentType: flag.string({
      metavar: "<agent-type>",
      choices: Object.keys(TYPES),
      help: `Only agents of this type: ${Object.keys(TYPES).join(", ")}`,
    }),
    host: flag.string({ metavar: "<host>", help: "Only agents on this host" }),
    network: flag.string({
      metavar: "<network>",
      group: "hosting",
      help: "Only the DHCP agents serving this network (name or ID)",
    }),
    router: flag.string({
      metavar: "<router>",
      group: "hosting",
      help: "Only the L3 agents hosting this router (name or ID)",
    }),
    long: flag.boolean({ help: "Also show the HA state (with --router)" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("network");
    let columns = COLUMNS;
    const items: Item[] = await worded(
      "sdk",
      (async () => {
        if (f.network !== undefined) {
          const net = await findItem(svc, network, f.network);
          return await listAll(svc, { ...agent, path: `/networks/${net.id}/dhcp-agents` });
        }
        if (f.router !== undefined) {
          if (f.long) columns = [...COLUMNS, ["HA State", "ha_state"]];
          const r = await findItem(svc, router, f.router);
          return await listAll(svc, { ...agent, path: `/routers/${r.id}/l3-agents` });
        }
        return await listAll(svc, agent, {
          agent_type: f.agentType !== undefined ? TYPES[f.agentType] : undefined,
          host: f.host,
        });
      })(),
    );
    return listResult(agent.attrs, items, columns);
  },
});
