/** What subnet create, set and unset share: the list options and their parsing. */
import { flag } from "../../cli/flags.ts";
import { multiKeyValue } from "../_common.ts";

export const poolFlag = flag.list({
  metavar: "start=<ip-address>,end=<ip-address>",
  help: "Allocation pool, e.g. start=192.168.199.2,end=192.168.199.254 (repeatable)",
});
export const nameserverFlag = flag.list({
  metavar: "<dns-nameserver>",
  help: "DNS name server (repeatable)",
});
export const routeFlag = flag.list({
  metavar: "destination=<subnet>,gateway=<ip-address>",
  help: "Host route, e.g. destination=10.10.0.0/16,gateway=192.168.71.254 (repeatable)",
});
export const serviceTypeFlag = flag.list({
  metavar: "<service-type>",
  help: "Service type: a port device owner such as network:floatingip_agent_gateway (repeatable)",
});

export function parsePools(entries: readonly string[]): Record<string, string>[] {
  return entries.map((e) => multiKeyValue(e, { required: ["start", "end"] }));
}

/** Host routes as Neutron names them: the option's "gateway" is its "nexthop". */
export function parseRoutes(entries: readonly string[]): Record<string, string>[] {
  return entries.map((e) => {
    const r = multiKeyValue(e, { required: ["destination", "gateway"] });
    const { gateway, ...rest } = r;
    return { ...rest, nexthop: gateway };
  });
}
