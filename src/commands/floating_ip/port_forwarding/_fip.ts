/** What every port forwarding command does first: find the floating IP (find_ip). */
import { OscError } from "../../../errors.ts";
import type { ServiceClient } from "../../../http/service.ts";
import { findItem, type Resource } from "../../../kit/resource.ts";
import { floatingIp } from "../../../resources/network/floating_ip.ts";
import { portForwarding } from "../../../resources/network/port_forwarding.ts";

export const fipPositional = {
  name: "floating_ip",
  metavar: "<floating-ip>",
  help: "Floating IP of the port forwarding (address or ID)",
};

export const pfPositional = {
  name: "port_forwarding_id",
  metavar: "<port-forwarding-id>",
  help: "Port forwarding (ID)",
};

/** The port forwardings of the floating IP named by `nameOrId`. */
export async function forwardingsOf(svc: ServiceClient, nameOrId: string): Promise<Resource> {
  return portForwarding((await findItem(svc, floatingIp, nameOrId)).id);
}

/** python's check of --internal-protocol-port and --external-protocol-port. */
export function checkPortNumber(n: number | undefined): number | undefined {
  if (n !== undefined && (n <= 0 || n > 65535)) {
    throw new OscError("The port number range is <1-65535>");
  }
  return n;
}
