import { flag } from "../../cli/flags.ts";
import { defineCommand } from "../../cli/command.ts";
import { userFlags } from "../../kit/flags.ts";
import { userId } from "../../kit/shared.ts";
import { requireVersion } from "../../kit/versions.ts";
import { findItem } from "../../kit/resource.ts";
import { worded } from "../../kit/wording.ts";
import { showResult } from "../../kit/attrs.ts";
import { keypair } from "../../resources/compute/keypair.ts";

export default defineCommand({
  summary: "Show a key pair",
  output: "show",
  flags: {
    publicKey: flag.boolean({ help: "Print only the public key" }),
    ...userFlags("Owner of the key pair (name or ID; admin only; microversion 2.10+)"),
  },
  positionals: [{ name: "name", metavar: "<key>", help: "Key pair name" }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    if (f.user) requireVersion(compute, "2.10", "the --user option");
    const user_id = await userId(ctx, f.user, f.userDomain);
    const item = await worded(
      "sdk",
      findItem(compute, keypair, positionals.name as string, { user_id }),
    );
    if (!f.publicKey) return showResult(keypair.attrs, item, { hide: ["public_key"] });
    // python writes the bare key, then an empty show
    await ctx.stdout.write(String(item.public_key ?? ""));
    return { kind: "show", fields: [], values: [] };
  },
});
