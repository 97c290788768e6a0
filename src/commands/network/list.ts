import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { getAgent, listDhcpAgentNetworks, listNetworks } from "../../api/network/networks.ts";
import { findIdentity } from "../../api/identity/find.ts";
import { sdkCall } from "../../api/sdk.ts";
import { LIST, LONG, networkRow } from "./_network.ts";

const tags = (help: string) =>
  flag.string({ metavar: "<tag>[,<tag>,...]", help: `${help} (Comma-separated list of tags)` });
const bool = (v: boolean) => (v ? "True" : "False");

export default defineCommand({
  summary: "List networks",
  output: "list",
  flags: {
    external: flag.boolean({ group: "external", help: "List external networks" }),
    internal: flag.boolean({ group: "external", help: "List internal networks" }),
    long: flag.boolean({ help: "List additional fields in output" }),
    name: flag.string({ metavar: "<name>", help: "List networks according to their name" }),
    enable: flag.boolean({ group: "state", help: "List enabled networks" }),
    disable: flag.boolean({ group: "state", help: "List disabled networks" }),
    project: flag.string({
      metavar: "<project>",
      help: "List networks according to their project (name or ID)",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help:
        "Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.",
    }),
    share: flag.boolean({ group: "share", help: "List networks shared between projects" }),
    noShare: flag.boolean({ group: "share", help: "List networks not shared between projects" }),
    status: flag.string({
      metavar: "<status>",
      choices: ["ACTIVE", "BUILD", "DOWN", "ERROR"],
      help: "List networks according to their status ('ACTIVE', 'BUILD', 'DOWN', 'ERROR')",
    }),
    providerNetworkType: flag.string({
      metavar: "<provider-network-type>",
      choices: ["flat", "geneve", "gre", "local", "vlan", "vxlan"],
      help:
        "List networks according to their physical mechanisms. The supported options are: flat, geneve, gre, local, vlan, vxlan.",
    }),
    providerPhysicalNetwork: flag.string({
      metavar: "<provider-physical-network>",
      help: "List networks according to name of the physical network",
    }),
    providerSegment: flag.string({
      metavar: "<provider-segment>",
      help:
        "List networks according to VLAN ID for VLAN networks or Tunnel ID for GENEVE/GRE/VXLAN networks",
    }),
    agent: flag.string({ metavar: "<agent-id>", help: "List networks hosted by agent (ID only)" }),
    tags: tags("List networks which have all given tag(s)"),
    anyTags: tags("List networks which have any given tag(s)"),
    notTags: tags("Exclude networks which have all given tag(s)"),
    notAnyTags: tags("Exclude networks which have any given tag(s)"),
  },
  async run({ flags: f }, ctx) {
    const network = await ctx.service("network");
    if (f.agent && !f.long) {
      const agent = await sdkCall(getAgent(network, f.agent), {
        resource: "Agent",
        value: f.agent,
      });
      const nets = await sdkCall(listDhcpAgentNetworks(network, agent.id));
      return {
        kind: "list",
        columns: LIST.map(([h]) => h),
        rows: nets.map((n) => networkRow(n, LIST)),
      };
    }
    let projectId: string | undefined;
    if (f.project) {
      const identity = await ctx.service("identity");
      const domainId = f.projectDomain
        ? (await findIdentity(identity, "domain", f.projectDomain)).id
        : undefined;
      projectId = (await findIdentity(identity, "project", f.project, { domainId })).id;
    }
    const nets = await sdkCall(listNetworks(network, {
      name: f.name,
      status: f.status,
      project_id: projectId,
      admin_state_up: f.enable ? "True" : f.disable ? "False" : undefined,
      "router:external": f.external || f.internal ? bool(f.external) : undefined,
      shared: f.share ? "True" : f.noShare ? "False" : undefined,
      "provider:network_type": f.providerNetworkType,
      "provider:physical_network": f.providerPhysicalNetwork,
      "provider:segmentation_id": f.providerSegment,
      tags: f.tags || undefined,
      "tags-any": f.anyTags || undefined,
      "not-tags": f.notTags || undefined,
      "not-tags-any": f.notAnyTags || undefined,
    }));
    const cols = f.long ? LONG : LIST;
    return {
      kind: "list",
      columns: cols.map(([h]) => h),
      rows: nets.map((n) => networkRow(n, cols)),
    };
  },
});
