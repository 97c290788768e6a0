/** router add/remove route: PUT add_extraroutes or remove_extraroutes, the router shown after. */
import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { objectIn } from "../../http/errors.ts";
import { shown } from "../../kit/commands.ts";
import { findItem, type Item } from "../../kit/resource.ts";
import { worded } from "../../kit/wording.ts";
import { router, routerShow } from "../../resources/network/router.ts";
import { parseRoutes, ROUTE_METAVAR, routerPositional } from "./_router.ts";

export function routesCommand(action: "add" | "remove", help: {
  summary: string;
  router: string;
  route: string;
}) {
  return defineCommand({
    summary: help.summary,
    output: "show",
    flags: { route: flag.list({ metavar: ROUTE_METAVAR, help: help.route }) },
    positionals: [routerPositional(help.router)],
    async run({ flags: f, positionals }, ctx) {
      const routes = parseRoutes(f.route);
      const svc = await ctx.service("network");
      return await worded(
        "sdk",
        (async () => {
          const item = await findItem(svc, router, positionals.router as string);
          const res = await svc.request(
            `/routers/${encodeURIComponent(item.id)}/${action}_extraroutes`,
            { method: "PUT", json: { router: { routes } } },
          );
          // the found router, updated with the answer's attributes
          const after: Item = { ...item, ...objectIn<Item>(res.body, "router", "network") };
          return shown(router, after, routerShow());
        })(),
      );
    },
  });
}
