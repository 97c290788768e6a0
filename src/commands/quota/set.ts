/**
 * Quotas of a project or class (common.quota SetQuota): one PUT per service that has something to
 * change, in python's order and body shapes (cinderclient names the project in its body; a volume
 * type suffixes the volume quotas it applies to). Classes have no network quotas.
 */
import { defineCommand } from "../../cli/command.ts";
import { flag, type FlagSpec } from "../../cli/flags.ts";
import {
  COMPUTE_QUOTAS,
  findProject,
  NETWORK_QUOTAS,
  VOLUME_QUOTAS,
  VOLUME_TYPE_QUOTAS,
} from "./_quota.ts";
import { worded } from "../../kit/wording.ts";

function quotaFlags(table: Readonly<Record<string, string>>): Record<string, FlagSpec> {
  return Object.fromEntries(
    Object.entries(table).map(([key, opt]) => [
      `q_${key}`,
      flag.integer({ long: opt, metavar: `<${opt}>`, help: `New ${opt} quota` }),
    ]),
  );
}

const flags = {
  class: flag.boolean({ help: "<project/class> is a quota class" }),
  ...quotaFlags(COMPUTE_QUOTAS),
  ...quotaFlags(VOLUME_QUOTAS),
  ...quotaFlags(NETWORK_QUOTAS),
  volumeType: flag.string({
    metavar: "<volume-type>",
    help: "The volume quotas of this volume type",
  }),
  force: flag.boolean({ help: "Even below what is in use (compute and network)" }),
  checkLimit: flag.boolean({ help: "Refuse a limit below what is in use (network)" }),
};

/** The values given for one table's options, in the table's order. */
export function given(
  f: Record<string, unknown>,
  table: Readonly<Record<string, string>>,
): [string, number][] {
  return Object.keys(table).flatMap((k) => {
    const v = f[`q_${k}`];
    return typeof v === "number" ? [[k, v] as [string, number]] : [];
  });
}

export default defineCommand({
  summary: "Change the quotas of a project or quota class",
  flags,
  positionals: [{
    name: "project",
    metavar: "<project/class>",
    help: "Project (name or ID) or class",
  }],
  async run({ flags: f, positionals }, ctx) {
    const target = positionals.project as string;
    const values = f as unknown as Record<string, unknown>;
    const computeKw: Record<string, unknown> = Object.fromEntries(given(values, COMPUTE_QUOTAS));
    if (f.force) computeKw.force = true;
    const volumeKw: Record<string, unknown> = Object.fromEntries(
      given(values, VOLUME_QUOTAS).map((
        [k, v],
      ) => [f.volumeType && VOLUME_TYPE_QUOTAS.includes(k) ? `${k}_${f.volumeType}` : k, v]),
    );
    const networkKw: Record<string, unknown> = {};
    if (f.checkLimit) networkKw.check_limit = true;
    if (f.force) networkKw.force = true;
    Object.assign(networkKw, Object.fromEntries(given(values, NETWORK_QUOTAS)));

    if (f.class) {
      const path = `/os-quota-class-sets/${encodeURIComponent(target)}`;
      if (Object.keys(computeKw).length) {
        const compute = await ctx.service("compute");
        await compute.request(path, { method: "PUT", json: { quota_class_set: computeKw } });
      }
      if (Object.keys(volumeKw).length) {
        const volume = await ctx.service("block-storage");
        await volume.request(path, { method: "PUT", json: { quota_class_set: volumeKw } });
      }
      if (Object.keys(networkKw).length) {
        await ctx.stderr.write("Network quotas are ignored since quota class is not supported.");
      }
      return;
    }
    const id = (await findProject(ctx, target)).id;
    const path = `/os-quota-sets/${encodeURIComponent(id)}`;
    if (Object.keys(computeKw).length) {
      const compute = await ctx.service("compute");
      await compute.request(path, { method: "PUT", json: { quota_set: computeKw } });
    }
    if (Object.keys(volumeKw).length) {
      const volume = await ctx.service("block-storage");
      await volume.request(path, {
        method: "PUT",
        json: { quota_set: { tenant_id: id, ...volumeKw } },
      });
    }
    if (Object.keys(networkKw).length) {
      const network = await ctx.service("network");
      await worded(
        "sdk",
        network.request(`/quotas/${encodeURIComponent(id)}`, {
          method: "PUT",
          json: { quota: networkKw },
        }),
      );
    }
  },
});
