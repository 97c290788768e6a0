import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import type { Context } from "../../context.ts";
import { OscError } from "../../errors.ts";
import { findServer, serverAction } from "../../api/compute/servers.ts";
import {
  addServerTag,
  clearServerPassword,
  setServerMetadata,
  updateServer,
} from "../../api/compute/server_fields.ts";
import { keyValuePairs } from "../_common.ts";
import { needsCompute } from "./_microversion.ts";

/** The hidden --root-password: asked twice on the terminal, as python's getpass does. */
async function askRootPassword(ctx: Context): Promise<string> {
  const ask = async (prompt: string) => {
    const got = ctx.readSecret ? await ctx.readSecret(prompt) : undefined;
    if (got === undefined) throw new OscError("No terminal detected attempting to read password");
    if (got === null) throw new OscError("Error reading password");
    return got;
  };
  const first = await ask("New password: ");
  if (first !== await ask("Retype new password: ")) {
    throw new OscError("Passwords do not match, password unchanged");
  }
  return first;
}

export default defineCommand({
  summary: "Change a server's name, description, properties, state, password or tags",
  flags: {
    name: flag.string({ metavar: "<new-name>", help: "New name" }),
    password: flag.string({
      group: "password",
      help: "New password of the server (the cloud must support it)",
    }),
    noPassword: flag.boolean({
      group: "password",
      help: "Forget the password the metadata service keeps (the guest's stays as it is)",
    }),
    rootPassword: flag.boolean({ group: "password", hidden: true, help: "Ask for the password" }),
    property: flag.list({ metavar: "<key=value>", help: "Property to add or change (repeatable)" }),
    state: flag.string({
      metavar: "<state>",
      choices: ["active", "error"],
      help: "Force the server's state (admin only; may leave it unusable)",
    }),
    description: flag.string({
      metavar: "<description>",
      help: "New description (compute API 2.19 or later)",
    }),
    tag: flag.list({
      metavar: "<tag>",
      help: "Tag to add (repeatable; compute API 2.26 or later)",
    }),
    hostname: flag.string({
      metavar: "<hostname>",
      help: "Hostname the metadata service gives the guest (compute API 2.90 or later)",
    }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server to change (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    // KeyValueAction checks its entries while parsing, before any request
    const properties = Object.fromEntries(keyValuePairs(f.property));
    const compute = await ctx.service("compute");
    const server = await findServer(compute, positionals.server as string);
    const mv = compute.microversion;
    if (f.description) needsCompute(mv, "2.19", "the --description option");
    if (f.tag.length) needsCompute(mv, "2.26", "the --tag option");
    if (f.hostname) needsCompute(mv, "2.90", "the --hostname option");

    const fields: Record<string, string> = {};
    if (f.name) fields.name = f.name;
    if (f.description) fields.description = f.description;
    if (f.hostname) fields.hostname = f.hostname;
    if (Object.keys(fields).length) await updateServer(compute, server.id, fields);
    if (Object.keys(properties).length) await setServerMetadata(compute, server.id, properties);
    if (f.state) await serverAction(compute, server.id, "os-resetState", { state: f.state });

    const password = f.rootPassword ? await askRootPassword(ctx) : f.password;
    if (password) {
      await serverAction(compute, server.id, "changePassword", { adminPass: password });
    } else if (f.noPassword) {
      await clearServerPassword(compute, server.id);
    }
    for (const tag of f.tag) await addServerTag(compute, server.id, tag);
  },
});
