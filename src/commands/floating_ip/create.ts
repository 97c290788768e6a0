import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { projectFlags, tagCreateFlags } from "../../kit/flags.ts";
import { createItem, findItem } from "../../kit/resource.ts";
import { projectId, setTags } from "../../kit/shared.ts";
import { checkMissingExtension } from "../../resources/network/extension.ts";
import { floatingIp } from "../../resources/network/floating_ip.ts";
import { network } from "../../resources/network/network.ts";
import { port } from "../../resources/network/port.ts";
import { qosPolicy } from "../../resources/network/qos_policy.ts";
import { subnet } from "../../resources/network/subnet.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";

/** create shows port_details unformatted (show formats it). */
const created = {
  ...floatingIp,
  attrs: { ...floatingIp.attrs, port_details: { type: "dict" as const } },
};

export default createCommand(created, {
  summary: "Create a floating IP",
  wording: "network-show",
  flags: {
    extraProperty: extraPropertyFlag,
    subnet: flag.string({
      metavar: "<subnet>",
      help: "Subnet to take the address from (name or ID)",
    }),
    port: flag.string({ metavar: "<port>", help: "Port to associate (name or ID)" }),
    floatingIpAddress: flag.string({ metavar: "<ip-address>", help: "The floating address" }),
    fixedIpAddress: flag.string({
      metavar: "<ip-address>",
      help: "Fixed address of the port to map",
    }),
    qosPolicy: flag.string({ metavar: "<qos-policy>", help: "QoS policy (name or ID)" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    project: projectFlags().project,
    dnsDomain: flag.string({ metavar: "<dns-domain>", help: "DNS domain (needs DNS integration)" }),
    dnsName: flag.string({ metavar: "<dns-name>", help: "DNS name (needs DNS integration)" }),
    projectDomain: projectFlags().projectDomain,
    ...tagCreateFlags("floating IP"),
  },
  positionals: [{
    name: "network",
    metavar: "<network>",
    help: "External network to take the address from (name or ID)",
  }],
  keepSent: true,
  async body({ flags: f, positionals, ctx, svc }) {
    const extra = parseExtraProperties(f.extraProperty);
    const a: Record<string, unknown> = {
      floating_network_id: (await findItem(svc, network, positionals.network as string)).id,
    };
    if (f.subnet) a.subnet_id = (await findItem(svc, subnet, f.subnet)).id;
    if (f.port) a.port_id = (await findItem(svc, port, f.port)).id;
    if (f.floatingIpAddress) a.floating_ip_address = f.floatingIpAddress;
    if (f.fixedIpAddress) a.fixed_ip_address = f.fixedIpAddress;
    if (f.qosPolicy) a.qos_policy_id = (await findItem(svc, qosPolicy, f.qosPolicy)).id;
    if (f.description !== undefined) a.description = f.description;
    if (f.project) a.project_id = await projectId(ctx, f.project, f.projectDomain);
    if (f.dnsDomain) a.dns_domain = f.dnsDomain;
    if (f.dnsName) a.dns_name = f.dnsName;
    return withExtraAttributes(a, extra);
  },
  create: ({ svc }, attrs) => checkMissingExtension(svc, attrs, createItem(svc, floatingIp, attrs)),
  after: ({ flags: f, svc }, item) => setTags(svc, floatingIp, item, f),
});
