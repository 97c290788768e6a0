/**
 * API extensions of compute, volume and network (common.extension). Identity v3 has none: the
 * python client's keystoneclient lacks the call, so it only warns. openstacksdk's compute and
 * network extensions keep `updated` as updated_at, so their Updated column is empty; cinderclient
 * shows the answer's own keys.
 */
import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { warn } from "../../cli/verbosity.ts";
import type { Context } from "../../context.ts";
import { listOfObjects } from "../../http/errors.ts";
import type { Cell } from "../../output/types.ts";

type Ext = Record<string, unknown>;

const SHORT = ["Name", "Alias", "Description"];
const LONG = [...SHORT, "Namespace", "Updated", "Links"];

/** openstacksdk's Extension: only its attributes are seen (compute has a namespace). */
function sdkExt(e: Ext, namespace: boolean): Ext {
  const out: Ext = { name: e.name, alias: e.alias, description: e.description, links: e.links };
  if (namespace) out.namespace = e.namespace;
  return out;
}

async function fetchExt(
  ctx: Context,
  type: string,
  warning: string,
  shape: (e: Ext) => Ext,
): Promise<Ext[]> {
  try {
    const svc = await ctx.service(type);
    return listOfObjects<Ext>(await svc.get("/extensions"), "extensions", type).map(shape);
  } catch {
    await warn(ctx, warning);
    return [];
  }
}

export default defineCommand({
  summary: "List the API extensions of the services",
  output: "list",
  flags: {
    compute: flag.boolean({ help: "Compute extensions" }),
    identity: flag.boolean({ help: "Identity extensions" }),
    network: flag.boolean({ help: "Network extensions" }),
    volume: flag.boolean({ help: "Block storage extensions" }),
    long: flag.boolean({ help: "Show namespace, update time and links too" }),
  },
  async run({ flags: f }, ctx) {
    // python logs in before any command runs: a refused login is the error, not a warning
    await ctx.auth();
    const all = !f.identity && !f.compute && !f.volume && !f.network;
    const data: Ext[] = [];
    if (f.identity || all) {
      await warn(ctx, "Extensions list not supported by Identity API");
    }
    if (f.compute || all) {
      data.push(
        ...await fetchExt(
          ctx,
          "compute",
          "Extensions list not supported by Compute API",
          (e) => sdkExt(e, true),
        ),
      );
    }
    if (f.volume || all) {
      data.push(
        ...await fetchExt(
          ctx,
          "block-storage",
          "Extensions list not supported by Block Storage API",
          (e) => e,
        ),
      );
    }
    if (f.network || all) {
      data.push(
        ...await fetchExt(
          ctx,
          "network",
          "Failed to retrieve extensions list from Network API",
          (e) => sdkExt(e, false),
        ),
      );
    }
    const columns = f.long ? LONG : SHORT;
    return {
      kind: "list",
      columns,
      rows: data.map((e) => columns.map((c): Cell => (e[c.toLowerCase()] ?? "") as Cell)),
    };
  },
});
