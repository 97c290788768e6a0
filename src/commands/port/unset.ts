import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { updateCommand } from "../../kit/commands.ts";
import { tagUnsetFlags } from "../../kit/flags.ts";
import { unsetTags } from "../../kit/shared.ts";
import { pyStr } from "../../output/pyrepr.ts";
import { port } from "../../resources/network/port.ts";
import { extraPropertyFlag, parseExtraProperties } from "../_extra_property.ts";
import { samePy } from "../_common.ts";
import {
  parseAddressPairs,
  parseFixedIps,
  portBody,
  resolveFixedIps,
  securityGroupIds,
} from "./_attrs.ts";
import { ADDRESS_METAVAR, FIXED_IP_METAVAR } from "./_flags.ts";

type Dict = Record<string, unknown>;

/** list.remove of each value, in turn; the first one missing is python's error. */
function without(list: unknown, remove: readonly unknown[], what: string, shown = remove) {
  const out = Array.isArray(list) ? [...list] : [];
  remove.forEach((r, i) => {
    const at = out.findIndex((v) => samePy(v, r));
    if (at < 0) throw new OscError(`Port does not contain ${what} ${pyStr(shown[i])}`);
    out.splice(at, 1);
  });
  return out;
}

export default updateCommand(port, {
  summary: "Remove values from a port",
  positional: { name: "port", metavar: "<port>", help: "Port (name or ID)" },
  flags: {
    extraProperty: extraPropertyFlag,
    fixedIp: flag.list({ metavar: FIXED_IP_METAVAR, help: "Fixed IP to remove (repeatable)" }),
    bindingProfile: flag.list({
      metavar: "<binding-profile-key>",
      help: "binding:profile key to remove (repeatable)",
    }),
    securityGroup: flag.list({
      metavar: "<security-group>",
      help: "Security group to remove (name or ID) (repeatable)",
    }),
    allowedAddress: flag.list({
      metavar: ADDRESS_METAVAR,
      help: "Allowed address pair to remove (repeatable)",
    }),
    qosPolicy: flag.boolean({ help: "Remove the QoS policy" }),
    dataPlaneStatus: flag.boolean({ help: "Clear the data plane status" }),
    numaPolicy: flag.boolean({ help: "Clear the NUMA affinity policy" }),
    host: flag.boolean({ help: "Clear the binding host" }),
    ...tagUnsetFlags("port"),
  },
  validate(f) {
    parseExtraProperties(f.extraProperty);
    parseFixedIps(f.fixedIp);
    parseAddressPairs(f.allowedAddress);
  },
  async body({ flags: f, svc }, item) {
    const a: Dict = {};
    const fixedIps = await resolveFixedIps(svc, parseFixedIps(f.fixedIp));
    if (fixedIps.length) a.fixed_ips = without(item.fixed_ips, fixedIps, "fixed-ip");
    if (f.bindingProfile.length) {
      const profile = { ...(item["binding:profile"] ?? {}) as Dict };
      for (const key of f.bindingProfile) {
        if (!Object.hasOwn(profile, key)) {
          throw new OscError(`Port does not contain binding-profile ${key}`);
        }
        delete profile[key];
      }
      a["binding:profile"] = profile;
    }
    if (f.securityGroup.length) {
      const left = Array.isArray(item.security_groups) ? [...item.security_groups] : [];
      // each group is looked up just before it is removed
      for (const name of f.securityGroup) {
        const [id] = await securityGroupIds(svc, [name]);
        const at = left.indexOf(id);
        if (at < 0) throw new OscError(`Port does not contain security group ${name}`);
        left.splice(at, 1);
      }
      a.security_group_ids = left;
    }
    if (f.allowedAddress.length) {
      a.allowed_address_pairs = without(
        item.allowed_address_pairs,
        parseAddressPairs(f.allowedAddress),
        "allowed-address-pair",
      );
    }
    if (f.qosPolicy) a.qos_policy_id = null;
    if (f.dataPlaneStatus) a.data_plane_status = null;
    if (f.numaPolicy) a.numa_affinity_policy = null;
    if (f.host) a["binding:host_id"] = null;
    for (const p of parseExtraProperties(f.extraProperty)) a[p.name] = null;
    return Object.keys(a).length ? portBody(a) : undefined;
  },
  after: ({ flags: f, svc }, item) => unsetTags(svc, port, item, f),
});
