import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { listResult } from "../../kit/attrs.ts";
import { identityFind } from "../../kit/identity.ts";
import { listAll } from "../../kit/resource.ts";
import { domain } from "../../resources/identity/domain.ts";
import { role } from "../../resources/identity/role.ts";

export default defineCommand({
  summary: "List roles",
  output: "list",
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Only roles of this domain (name or ID)" }),
  },
  async run({ flags: f }, ctx) {
    const identity = await ctx.service("identity");
    if (!f.domain) {
      return listResult(role.attrs, await listAll(identity, role), [["ID", "id"], [
        "Name",
        "name",
      ]]);
    }
    const d = await identityFind(identity, domain, f.domain);
    const roles = await listAll(identity, role, { domain_id: d.id });
    // python shows the domain as it was found (its name; what was typed after a 403)
    return listResult(
      role.attrs,
      roles.map((r) => ({ ...r, domain: d.name ?? "" })),
      [["ID", "id"], ["Name", "name"], ["Domain", "domain"]],
    );
  },
});
