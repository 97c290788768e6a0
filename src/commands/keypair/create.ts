import { defineCommand } from "../../cli/command.ts";
import { OscError } from "../../errors.ts";
import { flag } from "../../cli/flags.ts";
import { showResult } from "../../kit/attrs.ts";
import { userFlags } from "../../kit/flags.ts";
import { createItem } from "../../kit/resource.ts";
import { userId } from "../../kit/shared.ts";
import { requireVersion, supports } from "../../kit/versions.ts";
import { worded } from "../../kit/wording.ts";
import { keypair } from "../../resources/compute/keypair.ts";
import { generateEd25519 } from "./_openssh.ts";

function expandHome(path: string, home: string | undefined): string {
  return home && (path === "~" || path.startsWith("~/")) ? home + path.slice(1) : path;
}

export default defineCommand({
  summary: "Create a key pair (or import a public key)",
  output: "show",
  flags: {
    publicKey: flag.string({
      group: "key",
      metavar: "<file>",
      help: "Import the public key in this file",
    }),
    privateKey: flag.string({
      group: "key",
      metavar: "<file>",
      help: "Write the new private key to this file (default: print it)",
    }),
    type: flag.string({
      metavar: "<type>",
      choices: ["ssh", "x509"],
      help: "Key type: ssh or x509 (microversion 2.2+)",
    }),
    ...userFlags("Owner of the key pair (name or ID; admin only; microversion 2.10+)"),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new key pair" }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const body: Record<string, unknown> = { name: positionals.name };
    if (f.publicKey) {
      const path = expandHome(f.publicKey, ctx.env.HOME);
      const text = await ctx.fs.readTextFile(path);
      if (text === undefined) {
        throw new OscError(
          `Key file ${f.publicKey} not found: [Errno 2] No such file or directory: '${path}'`,
        );
      }
      body.public_key = text;
    }
    if (f.type) {
      requireVersion(compute, "2.2", "the --type option");
      body.type = f.type;
    }
    if (f.user) {
      requireVersion(compute, "2.10", "the --user option");
      body.user_id = await userId(ctx, f.user, f.userDomain);
    }
    // From 2.92 Nova only imports keys: make the pair here, as newer python clients do
    let privateKey: string | undefined;
    if (!f.publicKey && supports(compute, "2.92")) {
      const pair = await generateEd25519();
      body.public_key = pair.publicKey;
      privateKey = pair.privateKey;
    }
    const made = await worded("sdk", createItem(compute, keypair, body));
    privateKey ??= String(made.private_key ?? "");
    if (f.privateKey) {
      const path = expandHome(f.privateKey, ctx.env.HOME);
      try {
        await ctx.fs.writeFileAtomic(path, privateKey, 0o600);
      } catch (e) {
        throw new OscError(
          `Key file ${f.privateKey} can not be saved: ${(e as Error).message}`,
        );
      }
    }
    if (f.publicKey || f.privateKey) {
      return showResult(keypair.attrs, made, { hide: ["public_key", "private_key"] });
    }
    await ctx.stdout.write(privateKey);
    return { kind: "show", fields: [], values: [] };
  },
});
