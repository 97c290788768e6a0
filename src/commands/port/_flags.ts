/** The options port create, set and unset share (python's _add_updatable_args and the rest). */
import { flag } from "../../cli/flags.ts";

const VNIC_TYPES = [
  "direct",
  "direct-physical",
  "macvtap",
  "normal",
  "baremetal",
  "virtio-forwarder",
  "vdpa",
  "remote-managed",
];

/** What create and set both change, in python's order. */
export const updatableFlags = {
  description: flag.string({ metavar: "<description>", help: "Description" }),
  device: flag.string({ metavar: "<device-id>", help: "ID of the device using the port" }),
  macAddress: flag.string({ metavar: "<mac-address>", help: "MAC address (admin only)" }),
  deviceOwner: flag.string({
    metavar: "<device-owner>",
    help: "What uses the port, e.g. network:dhcp",
  }),
  vnicType: flag.string({
    metavar: "<vnic-type>",
    choices: VNIC_TYPES,
    help: `VNIC type: ${VNIC_TYPES.join(", ")} (default normal)`,
  }),
  host: flag.string({ metavar: "<host-id>", help: "Bind the port to this host (ID)" }),
  dnsDomain: flag.string({
    metavar: "dns-domain",
    help: "DNS domain (needs the dns_domain extension for ports)",
  }),
  dnsName: flag.string({ metavar: "<dns-name>", help: "DNS name (needs DNS integration)" }),
  numaPolicyRequired: flag.boolean({ group: "numa", help: "NUMA affinity: required" }),
  numaPolicyPreferred: flag.boolean({ group: "numa", help: "NUMA affinity: preferred" }),
  numaPolicyLegacy: flag.boolean({ group: "numa", help: "NUMA affinity: legacy" }),
};

export const FIXED_IP_METAVAR = "subnet=<subnet>,ip-address=<ip-address>";
export const ADDRESS_METAVAR = "ip-address=<ip-address>[,mac-address=<mac-address>]";

/** --fixed-ip and --no-fixed-ip: an exclusive group in create only. */
export function fixedIpFlags(group?: string) {
  return {
    fixedIp: flag.list({
      metavar: FIXED_IP_METAVAR,
      group,
      help: "Fixed IP: subnet (name or ID) and/or address (repeatable)",
    }),
    noFixedIp: flag.boolean({ group, help: "No fixed IPs (with --fixed-ip in set: replace them)" }),
  };
}

export const bindingProfileFlag = flag.list({
  metavar: "<binding-profile>",
  help: "binding:profile data, as <key>=<value> or JSON (repeatable)",
});

export function enableFlags(what: string) {
  return {
    enable: flag.boolean({ group: "state", help: `Administratively up${what}` }),
    disable: flag.boolean({ group: "state", help: "Administratively down" }),
  };
}

/** --security-group and --no-security-group: an exclusive group in create only. */
export function securityGroupFlags(group?: string) {
  return {
    securityGroup: flag.list({
      metavar: "<security-group>",
      group,
      help: "Security group (name or ID) (repeatable)",
    }),
    noSecurityGroup: flag.boolean({
      group,
      help: "No security groups (with --security-group in set: replace them)",
    }),
  };
}

export const qosPolicyFlag = flag.string({
  metavar: "<qos-policy>",
  help: "QoS policy (name or ID)",
});

export const portSecurityFlags = {
  enablePortSecurity: flag.boolean({ group: "port-security", help: "Port security on" }),
  disablePortSecurity: flag.boolean({ group: "port-security", help: "Port security off" }),
};

export const allowedAddressFlag = flag.list({
  metavar: ADDRESS_METAVAR,
  help: "Allowed address pair (repeatable)",
});

export const extraDhcpOptionFlag = flag.list({
  metavar: "name=<name>[,value=<value>,ip-version={4,6}]",
  help: "Extra DHCP option (repeatable; a value may hold commas)",
});
