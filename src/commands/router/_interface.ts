/** router add/remove port/subnet: PUT add_router_interface or remove_router_interface. */
import { defineCommand } from "../../cli/command.ts";
import { findItem, type Resource } from "../../kit/resource.ts";
import { worded } from "../../kit/wording.ts";
import { port } from "../../resources/network/port.ts";
import { router } from "../../resources/network/router.ts";
import { subnet } from "../../resources/network/subnet.ts";

export function interfaceCommand(
  action: "add" | "remove",
  what: "port" | "subnet",
  help: { summary: string; router: string; item: string },
) {
  const r: Resource = what === "port" ? port : subnet;
  return defineCommand({
    summary: help.summary,
    flags: {},
    positionals: [
      { name: "router", metavar: "<router>", help: help.router },
      { name: what, metavar: `<${what}>`, help: help.item },
    ],
    async run({ positionals }, ctx) {
      const svc = await ctx.service("network");
      await worded(
        "sdk",
        (async () => {
          // python finds the port or subnet first, then the router
          const item = await findItem(svc, r, positionals[what] as string);
          const target = await findItem(svc, router, positionals.router as string);
          await svc.request(
            `/routers/${encodeURIComponent(target.id)}/${action}_router_interface`,
            { method: "PUT", json: { [`${what}_id`]: item.id } },
          );
        })(),
      );
    },
  });
}
