import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { sdkFindServer } from "../../../api/compute/servers.ts";
import {
  CONSOLE_ACTIONS,
  createRemoteConsole,
  legacyConsole,
} from "../../../api/compute/consoles.ts";
import { sdkMicroversion, supports } from "../../../kit/versions.ts";
import { cmpCodePoints } from "../../../output/pyrepr.ts";
import type { Cell } from "../../../output/types.ts";
import { computeVersionPinned } from "../../_common.ts";

/** openstacksdk's ServerRemoteConsole._max_microversion. */
const REMOTE_CONSOLE_MAX = "2.8";
const HIDDEN = new Set(["id", "links", "location", "name"]);

export default defineCommand({
  summary: "Show a URL to a server's remote console",
  output: "show",
  flags: {
    novnc: flag.boolean({ group: "type", help: "noVNC console (default)" }),
    xvpvnc: flag.boolean({ group: "type", help: "XVP VNC console" }),
    spice: flag.boolean({ group: "type", help: "SPICE HTML5 console" }),
    rdp: flag.boolean({ group: "type", help: "RDP HTML5 console" }),
    serial: flag.boolean({ group: "type", help: "Serial console" }),
    mks: flag.boolean({ group: "type", help: "WebMKS console (compute API 2.8+)" }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const type = f.xvpvnc
      ? "xvpvnc"
      : f.spice
      ? "spice-html5"
      : f.rdp
      ? "rdp-html5"
      : f.serial
      ? "serial"
      : f.mks
      ? "webmks"
      : "novnc";
    const compute = await ctx.service("compute");
    const pinned = computeVersionPinned(ctx);
    const console = await sdkCall((async () => {
      const server = await sdkFindServer(compute, positionals.server as string);
      if (supports(compute, "2.6")) {
        if (type === "webmks" && !supports(compute, "2.8")) {
          throw new OscError("Console type webmks is not supported on server side");
        }
        const mv = sdkMicroversion(compute, pinned, REMOTE_CONSOLE_MAX);
        return { legacy: false, body: await createRemoteConsole(compute, mv, server.id, type) };
      }
      const action = CONSOLE_ACTIONS[type];
      if (!action) throw new OscError(`Unsupported console type ${type}`);
      // the legacy action goes with the session's own microversion: none unless pinned
      const mv = pinned ? compute.microversion : undefined;
      return { legacy: true, body: await legacyConsole(compute, mv, server.id, action, type) };
    })());
    // openstacksdk's show columns: every attribute (the legacy answer's keys) but id, links,
    // location and name, sorted
    const keys = (console.legacy ? Object.keys(console.body) : ["protocol", "type", "url"])
      .filter((k) => !HIDDEN.has(k)).sort(cmpCodePoints);
    return {
      kind: "show",
      fields: keys,
      values: keys.map((k) => (console.body[k] ?? null) as Cell),
    };
  },
});
