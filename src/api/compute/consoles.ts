/** A server's console: its log (os-getConsoleOutput) and remote console URLs. */
import type { ServiceClient } from "../../http/service.ts";
import { objectIn } from "../../http/errors.ts";
import { microversionHeaders } from "../../kit/versions.ts";

/** POST os-getConsoleOutput: the log's text (its last `length` lines when given). */
export async function consoleOutput(
  compute: ServiceClient,
  serverId: string,
  length?: number,
): Promise<string | null> {
  const info = length === undefined ? {} : { length };
  const res = await compute.request(`/servers/${encodeURIComponent(serverId)}/action`, {
    method: "POST",
    json: { "os-getConsoleOutput": info },
  });
  const out = (res.body as { output?: unknown } | null)?.output;
  return typeof out === "string" ? out : null;
}

/** openstacksdk's protocol for each console type (ServerRemoteConsole). */
export const CONSOLE_PROTOCOLS: Readonly<Record<string, string>> = {
  novnc: "vnc",
  xvpvnc: "vnc",
  "spice-html5": "spice",
  "rdp-html5": "rdp",
  serial: "serial",
  webmks: "mks",
};

/** The legacy (before 2.6) action for each console type. */
export const CONSOLE_ACTIONS: Readonly<Record<string, string>> = {
  novnc: "os-getVNCConsole",
  xvpvnc: "os-getVNCConsole",
  "spice-html5": "os-getSPICEConsole",
  "rdp-html5": "os-getRDPConsole",
  serial: "os-getSerialConsole",
};

/** POST /servers/{id}/remote-consoles (2.6+): {protocol, type, url}. */
export async function createRemoteConsole(
  compute: ServiceClient,
  mv: string | undefined,
  serverId: string,
  type: string,
): Promise<Record<string, unknown>> {
  const res = await compute.request(`/servers/${encodeURIComponent(serverId)}/remote-consoles`, {
    method: "POST",
    json: { remote_console: { protocol: CONSOLE_PROTOCOLS[type], type } },
    headers: microversionHeaders(compute, mv),
  });
  return objectIn<Record<string, unknown>>(res.body, "remote_console", compute.type);
}

/** The legacy console action: {type, url}. */
export async function legacyConsole(
  compute: ServiceClient,
  mv: string | undefined,
  serverId: string,
  action: string,
  type: string,
): Promise<Record<string, unknown>> {
  const res = await compute.request(`/servers/${encodeURIComponent(serverId)}/action`, {
    method: "POST",
    json: { [action]: { type } },
    headers: microversionHeaders(compute, mv),
  });
  return objectIn<Record<string, unknown>>(res.body, "console", compute.type);
}
