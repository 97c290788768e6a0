import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { createNetwork, setNetworkTags } from "../../api/network/networks.ts";
import { findIdentity } from "../../api/identity/find.ts";
import { networkShowCall } from "../../api/sdk.ts";
import { networkShow } from "./_network.ts";

export default defineCommand({
  summary: "Create new network",
  output: "show",
  flags: {
    share: flag.boolean({ group: "share", help: "Share the network between projects" }),
    noShare: flag.boolean({ group: "share", help: "Do not share the network between projects" }),
    enable: flag.boolean({ group: "state", help: "Enable network (default)" }),
    disable: flag.boolean({ group: "state", help: "Disable network" }),
    project: flag.string({ metavar: "<project>", help: "Owner's project (name or ID)" }),
    description: flag.string({ metavar: "<description>", help: "Set network description" }),
    mtu: flag.string({ metavar: "<mtu>", help: "Set network mtu" }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help:
        "Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.",
    }),
    availabilityZoneHint: flag.list({
      metavar: "<availability-zone>",
      help:
        "Availability Zone in which to create this network (Network Availability Zone extension required, repeat option to set multiple availability zones)",
    }),
    enablePortSecurity: flag.boolean({
      group: "port-security",
      help: "Enable port security by default for ports created on this network (default)",
    }),
    disablePortSecurity: flag.boolean({
      group: "port-security",
      help: "Disable port security by default for ports created on this network",
    }),
    external: flag.boolean({
      group: "external",
      help: "Set this network as an external network (external-net extension required)",
    }),
    internal: flag.boolean({
      group: "external",
      help: "Set this network as an internal network (default)",
    }),
    default: flag.boolean({
      group: "default",
      help: "Specify if this network should be used as the default external network",
    }),
    noDefault: flag.boolean({
      group: "default",
      help: "Do not use the network as the default external network (default)",
    }),
    transparentVlan: flag.boolean({ group: "vlan", help: "Make the network VLAN transparent" }),
    noTransparentVlan: flag.boolean({
      group: "vlan",
      help: "Do not make the network VLAN transparent",
    }),
    providerNetworkType: flag.string({
      metavar: "<provider-network-type>",
      help:
        "The physical mechanism by which the virtual network is implemented. For example: flat, geneve, gre, local, vlan, vxlan.",
    }),
    providerPhysicalNetwork: flag.string({
      metavar: "<provider-physical-network>",
      help: "Name of the physical network over which the virtual network is implemented",
    }),
    providerSegment: flag.string({
      metavar: "<provider-segment>",
      help: "VLAN ID for VLAN networks or Tunnel ID for GENEVE/GRE/VXLAN networks",
    }),
    dnsDomain: flag.string({
      metavar: "<dns-domain>",
      help: "Set DNS domain for this network (requires DNS integration extension)",
    }),
    tag: flag.list({
      group: "tag",
      metavar: "<tag>",
      help: "Tag to be added to the network (repeat option to set multiple tags)",
    }),
    noTag: flag.boolean({ group: "tag", help: "No tags associated with the network" }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "New network name" }],
  async run({ flags: f, positionals }, ctx) {
    const attrs: Record<string, unknown> = { name: positionals.name };
    // --enable is on by default there: admin_state_up is always sent
    attrs.admin_state_up = !f.disable;
    if (f.share) attrs.shared = true;
    if (f.noShare) attrs.shared = false;
    if (f.enablePortSecurity) attrs.port_security_enabled = true;
    if (f.disablePortSecurity) attrs.port_security_enabled = false;
    if (f.project !== undefined) {
      const identity = await ctx.service("identity");
      const domainId = f.projectDomain
        ? (await findIdentity(identity, "domain", f.projectDomain)).id
        : undefined;
      attrs.project_id = (await findIdentity(identity, "project", f.project, { domainId })).id;
    }
    if (f.availabilityZoneHint.length) attrs.availability_zone_hints = f.availabilityZoneHint;
    if (f.description) attrs.description = f.description;
    if (f.mtu) attrs.mtu = f.mtu;
    if (f.internal) attrs["router:external"] = false;
    if (f.external) attrs["router:external"] = true;
    if (f.noDefault) attrs.is_default = false;
    if (f.default) attrs.is_default = true;
    if (f.providerNetworkType) attrs["provider:network_type"] = f.providerNetworkType;
    if (f.providerPhysicalNetwork) attrs["provider:physical_network"] = f.providerPhysicalNetwork;
    if (f.providerSegment) attrs["provider:segmentation_id"] = f.providerSegment;
    if (f.dnsDomain) attrs.dns_domain = f.dnsDomain;
    if (f.transparentVlan) attrs.vlan_transparent = true;
    if (f.noTransparentVlan) attrs.vlan_transparent = false;

    const network = await ctx.service("network");
    return networkShow(
      await networkShowCall((async () => {
        const created = await createNetwork(network, attrs);
        // Neutron takes no tags on create: they are set afterwards, sorted
        const had = Array.isArray(created.tags) ? created.tags.map(String) : [];
        const want = [...new Set(f.noTag ? f.tag : [...had, ...f.tag])].sort();
        if (want.length !== had.length || want.some((t) => !had.includes(t))) {
          await setNetworkTags(network, created.id, want);
          return { ...created, tags: want };
        }
        return created;
      })()),
    );
  },
});
