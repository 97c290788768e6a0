import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { projectFlags, tagCreateFlags } from "../../kit/flags.ts";
import { setTags } from "../../kit/shared.ts";
import { router, routerShow } from "../../resources/network/router.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import { checkGatewayOptions, commonAttrs, gatewayFlags, parseFixedIps } from "./_router.ts";

export default createCommand(router, {
  summary: "Create a router",
  flags: {
    extraProperty: extraPropertyFlag,
    enable: flag.boolean({ group: "state", help: "Administratively up (the default)" }),
    disable: flag.boolean({ group: "state", help: "Administratively down" }),
    distributed: flag.boolean({ group: "dvr", help: "A distributed router" }),
    centralized: flag.boolean({ group: "dvr", help: "A centralized router" }),
    ha: flag.boolean({ group: "ha", help: "A highly available router" }),
    noHa: flag.boolean({ group: "ha", help: "A legacy (not HA) router" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    ...projectFlags("Project to own the router (name or ID)"),
    availabilityZoneHint: flag.list({
      metavar: "<availability-zone>",
      help: "Availability zone for the router (repeatable; needs the AZ extension)",
    }),
    ...tagCreateFlags("router"),
    ...gatewayFlags,
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new router" }],
  keepSent: true,
  async body({ flags: f, positionals, ctx, svc }) {
    const extra = parseExtraProperties(f.extraProperty);
    parseFixedIps(f.fixedIp);
    // --enable is on by default: admin_state_up is always sent
    const attrs = await commonAttrs(ctx, svc, {
      ...f,
      enable: true,
      name: positionals.name as string,
    });
    if (f.ha) attrs.ha = true;
    if (f.noHa) attrs.ha = false;
    return withExtraAttributes(attrs, extra);
  },
  async after({ flags: f, svc }, item) {
    const tagged = await setTags(svc, router, item, f);
    // python checks this only once the router is made
    checkGatewayOptions(f, "specify");
    return tagged;
  },
  show: routerShow(),
});
