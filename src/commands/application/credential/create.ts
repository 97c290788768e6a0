import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { shown } from "../../../kit/commands.ts";
import { keystoneExpiry } from "../../../kit/isotime.ts";
import { createItem } from "../../../kit/resource.ts";
import { applicationCredential } from "../../../resources/identity/application_credential.ts";
import { tokenRoleId } from "./_roles.ts";

/** --access-rules: JSON text, else a file holding it. */
async function accessRules(s: string): Promise<unknown> {
  try {
    return JSON.parse(s);
  } catch {
    try {
      return JSON.parse(await Deno.readTextFile(s));
    } catch {
      throw new OscError("Access rules is not valid JSON string or file does not exist.");
    }
  }
}

export default defineCommand({
  summary: "Create an application credential",
  output: "show",
  flags: {
    secret: flag.string({
      metavar: "<secret>",
      help: "Secret to authenticate with (default: one made by keystone)",
    }),
    role: flag.list({ metavar: "<role>", help: "Role to delegate (name or ID; repeatable)" }),
    expiration: flag.string({
      metavar: "<expiration>",
      help: "Expiry, as YYYY-mm-ddTHH:MM:SS (default: never)",
    }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    unrestricted: flag.boolean({
      help: "Let it create and delete application credentials and trusts (risky)",
    }),
    restricted: flag.boolean({
      help: "Keep it from creating and deleting application credentials and trusts (the default)",
    }),
    accessRules: flag.string({
      metavar: "<access-rules>",
      help: 'JSON list of access rules, or a file holding it: [{"method": "GET", ' +
        '"path": "/v2.1/servers", "service": "compute"}]',
    }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new credential" }],
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    const roles: string[] = [];
    for (const role of f.role) roles.push(await tokenRoleId(ctx, identity, role));
    const expires = f.expiration ? keystoneExpiry(f.expiration) : undefined;
    const rules = f.accessRules ? await accessRules(f.accessRules) : undefined;
    const userId = (await ctx.auth()).userId ?? "";
    const r = applicationCredential(userId);
    const made = await createItem(identity, r, {
      name: positionals.name,
      secret: f.secret,
      description: f.description,
      expires_at: expires,
      roles: roles.length ? roles.map((id) => ({ id })) : undefined,
      unrestricted: f.restricted ? false : f.unrestricted,
      access_rules: rules ?? undefined,
    });
    return shown(r, made);
  },
});
