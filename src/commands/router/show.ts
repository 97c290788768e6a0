import { defineCommand } from "../../cli/command.ts";
import { shown } from "../../kit/commands.ts";
import { findItem, listAll } from "../../kit/resource.ts";
import { worded } from "../../kit/wording.ts";
import { port } from "../../resources/network/port.ts";
import { router, routerShow } from "../../resources/network/router.ts";
import { routerPositional } from "./_router.ts";

export default defineCommand({
  summary: "Show a router and its interfaces",
  output: "show",
  flags: {},
  positionals: [routerPositional("Router (name or ID)")],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    return await worded(
      "sdk",
      (async () => {
        const item = await findItem(svc, router, positionals.router as string);
        // the router's ports but its gateway: one entry per fixed IP
        const interfaces = [];
        for (const p of await listAll(svc, port, { device_id: item.id })) {
          if (p.device_owner === "network:router_gateway") continue;
          const ips = Array.isArray(p.fixed_ips) ? p.fixed_ips as Record<string, unknown>[] : [];
          for (const ip of ips) {
            interfaces.push({
              port_id: p.id,
              ip_address: ip.ip_address ?? null,
              subnet_id: ip.subnet_id ?? null,
            });
          }
        }
        return shown(router, item, routerShow({ interfaces_info: interfaces }));
      })(),
    );
  },
});
