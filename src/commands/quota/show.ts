/**
 * One project's (or class's) quotas of compute, volume and network in one table (common.quota
 * ShowQuota): API keys renamed to the option names, sorted. python also prints openstacksdk's
 * `location` (where the network request went): not a quota, left out here.
 */
import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import type { Cell } from "../../output/types.ts";
import {
  COMPUTE_QUOTAS,
  NETWORK_QUOTAS,
  networkQuota,
  NOVA_NETWORK_QUOTAS,
  projectInfo,
  type QuotaSet,
  quotaSet,
  VOLUME_QUOTAS,
} from "./_quota.ts";
import { objectIn } from "../../http/errors.ts";

export default defineCommand({
  summary: "Show the quotas of a project or quota class",
  output: "show",
  flags: {
    class: flag.boolean({ help: "<project/class> is a quota class", group: "type" }),
    default: flag.boolean({ help: "The defaults for <project>", group: "type" }),
  },
  positionals: [{
    name: "project",
    metavar: "<project/class>",
    help: "Project (name or ID) or class",
    arity: "optional",
  }],
  async run({ flags: f, positionals }, ctx) {
    const named = positionals.project as string | undefined;
    const compute = await ctx.service("compute");
    const volume = await ctx.service("block-storage");
    let computeQ: QuotaSet, volumeQ: QuotaSet, networkQ: QuotaSet = {};
    if (f.class) {
      const cls = encodeURIComponent(named ?? "None");
      const get = async (svc: typeof compute) =>
        objectIn<QuotaSet>(
          await svc.get(`/os-quota-class-sets/${cls}`),
          "quota_class_set",
          svc.type,
        );
      computeQ = await get(compute);
      volumeQ = await get(volume);
    } else {
      const p = (await projectInfo(ctx, named)).id ?? "None";
      const id = encodeURIComponent(p);
      computeQ = await quotaSet(compute, `/os-quota-sets/${id}${f.default ? "/defaults" : ""}`);
      volumeQ = f.default
        ? await quotaSet(volume, `/os-quota-sets/${id}/defaults`)
        : await quotaSet(volume, `/os-quota-sets/${id}`, { usage: "False" });
      networkQ = await networkQuota(await ctx.service("network"), p, f.default ? "default" : "");
    }
    const info: QuotaSet = { ...computeQ, ...volumeQ, ...networkQ };
    for (
      const [k, v] of [
        ...Object.entries(COMPUTE_QUOTAS),
        ...Object.entries(NOVA_NETWORK_QUOTAS),
        ...Object.entries(VOLUME_QUOTAS),
        ...Object.entries(NETWORK_QUOTAS),
      ]
    ) {
      if (k !== v && info[k] !== undefined && info[k] !== null) {
        info[v] = info[k];
        delete info[k];
      }
    }
    if ("id" in info) {
      info.project = info.id;
      delete info.id;
      delete info.project_id;
      info.project_name = (await projectInfo(ctx, named)).name;
    }
    const fields = Object.keys(info).sort();
    return { kind: "show", fields, values: fields.map((k) => info[k] as Cell) };
  },
});
