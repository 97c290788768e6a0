import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { getAgent, listDhcpAgentNetworks } from "../../api/network/networks.ts";
import { sdkCall } from "../../api/sdk.ts";
import { listResult } from "../../kit/attrs.ts";
import { projectFlags, tagFilterFlags } from "../../kit/flags.ts";
import { listAll } from "../../kit/resource.ts";
import { projectId, tagFilterQuery } from "../../kit/shared.ts";
import { network as networks } from "../../resources/network/network.ts";
import { LIST, LONG } from "./_network.ts";

const bool = (v: boolean) => (v ? "True" : "False");

export default defineCommand({
  summary: "List networks",
  output: "list",
  flags: {
    external: flag.boolean({ group: "external", help: "Only external networks" }),
    internal: flag.boolean({ group: "external", help: "Only internal networks" }),
    long: flag.boolean({ help: "Show more columns" }),
    name: flag.string({ metavar: "<name>", help: "Only networks with this name" }),
    enable: flag.boolean({ group: "state", help: "Only networks that are administratively up" }),
    disable: flag.boolean({ group: "state", help: "Only networks that are administratively down" }),
    ...projectFlags("Only networks of this project (name or ID)"),
    share: flag.boolean({ group: "share", help: "Only networks shared with all projects" }),
    noShare: flag.boolean({ group: "share", help: "Only networks not shared" }),
    status: flag.string({
      metavar: "<status>",
      choices: ["ACTIVE", "BUILD", "DOWN", "ERROR"],
      help: "Only networks in this status",
    }),
    providerNetworkType: flag.string({
      metavar: "<provider-network-type>",
      choices: ["flat", "geneve", "gre", "local", "vlan", "vxlan"],
      help: "Only networks of this provider network type",
    }),
    providerPhysicalNetwork: flag.string({
      metavar: "<provider-physical-network>",
      help: "Only networks on this physical network",
    }),
    providerSegment: flag.string({
      metavar: "<provider-segment>",
      help: "Only networks with this segment (VLAN or tunnel ID)",
    }),
    agent: flag.string({
      metavar: "<agent-id>",
      help: "Only networks hosted by this DHCP agent (ID)",
    }),
    ...tagFilterFlags("networks"),
  },
  async run({ flags: f }, ctx) {
    const network = await ctx.service("network");
    if (f.agent && !f.long) {
      const agent = await sdkCall(getAgent(network, f.agent), {
        resource: "Agent",
        value: f.agent,
      });
      const nets = await sdkCall(listDhcpAgentNetworks(network, agent.id));
      return listResult(networks.attrs, nets, LIST);
    }
    const nets = await sdkCall(listAll(network, networks, {
      name: f.name,
      status: f.status,
      project_id: await projectId(ctx, f.project || undefined, f.projectDomain),
      admin_state_up: f.enable ? "True" : f.disable ? "False" : undefined,
      "router:external": f.external || f.internal ? bool(f.external) : undefined,
      shared: f.share ? "True" : f.noShare ? "False" : undefined,
      "provider:network_type": f.providerNetworkType,
      "provider:physical_network": f.providerPhysicalNetwork,
      "provider:segmentation_id": f.providerSegment,
      ...tagFilterQuery(f),
    }));
    return listResult(networks.attrs, nets, f.long ? LONG : LIST);
  },
});
