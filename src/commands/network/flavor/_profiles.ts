/**
 * network flavor add/remove profile: openstacksdk's Flavor methods send the
 * request and never look at the answer, so a refused one (already added, not
 * there) still succeeds, as in python.
 */
import { defineCommand } from "../../../cli/command.ts";
import { worded } from "../../../kit/wording.ts";
import { findItem } from "../../../kit/resource.ts";
import { networkFlavor } from "../../../resources/network/network_flavor.ts";
import { serviceProfile } from "../../../resources/network/service_profile.ts";

export function profileCommand(action: "add" | "remove", summary: string) {
  return defineCommand({
    summary,
    flags: {},
    positionals: [
      { name: "flavor", metavar: "<flavor>", help: "Network flavor (name or ID)" },
      { name: "profile", metavar: "<service-profile>", help: "Flavor profile (ID)" },
    ],
    async run({ positionals }, ctx) {
      const svc = await ctx.service("network");
      await worded(
        "sdk",
        (async () => {
          const flavor = await findItem(svc, networkFlavor, positionals.flavor as string);
          const profile = await findItem(svc, serviceProfile, positionals.profile as string);
          const base = `/flavors/${encodeURIComponent(flavor.id)}/service_profiles`;
          const any = () => true;
          if (action === "add") {
            await svc.request(base, {
              method: "POST",
              json: { service_profile: { id: profile.id } },
              ok: any,
            });
          } else {
            await svc.request(`${base}/${encodeURIComponent(profile.id)}`, {
              method: "DELETE",
              ok: any,
              expectJson: false,
            });
          }
        })(),
      );
    },
  });
}
