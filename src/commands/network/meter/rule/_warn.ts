/**
 * openstacksdk's deprecation warning for remote_ip_prefix: logged once per run,
 * when the first rule object holding one is made (a create's attributes, any rule
 * of a list, a lookup's fallback list included) or read.
 */
import type { Context } from "../../../../context.ts";
import type { ServiceClient } from "../../../../http/service.ts";
import { sdkFind } from "../../../../api/sdk.ts";
import { getItem, type Item, listAll } from "../../../../kit/resource.ts";
import {
  meteringLabelRule,
  REMOTE_IP_PREFIX_WARNING,
} from "../../../../resources/network/metering_label_rule.ts";

const warned = new WeakSet<Context>();

export async function warnRemoteIpPrefix(
  ctx: Context,
  items: readonly Record<string, unknown>[],
): Promise<void> {
  if (warned.has(ctx) || !items.some((i) => i.remote_ip_prefix)) return;
  warned.add(ctx);
  await ctx.stderr.write(REMOTE_IP_PREFIX_WARNING + "\n");
}

/** find_metering_label_rule: by ID, else among every rule (each of which may warn). */
export function findRule(ctx: Context, svc: ServiceClient, id: string): Promise<Item> {
  return sdkFind<Item>({
    resource: meteringLabelRule.sdkName,
    get: async (i) => {
      const rule = await getItem(svc, meteringLabelRule, i);
      await warnRemoteIpPrefix(ctx, [rule]);
      return rule;
    },
    list: async () => {
      const all = await listAll(svc, meteringLabelRule);
      await warnRemoteIpPrefix(ctx, all);
      return all;
    },
    id: (i) => i.id,
    name: (i) => (i.name ?? null) as string | null,
  }, id);
}
