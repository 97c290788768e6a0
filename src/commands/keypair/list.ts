import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { listResult } from "../../kit/attrs.ts";
import { projectFlags, userFlags } from "../../kit/flags.ts";
import { listAll } from "../../kit/resource.ts";
import { projectId, userId } from "../../kit/shared.ts";
import { requireVersion, supports } from "../../kit/versions.ts";
import { worded } from "../../kit/wording.ts";
import { listOfObjects } from "../../http/errors.ts";
import { keypair } from "../../resources/compute/keypair.ts";

export default defineCommand({
  summary: "List key pairs",
  output: "list",
  flags: {
    ...userFlags("Key pairs of this user (name or ID; admin only; microversion 2.10+)", "owner"),
    ...projectFlags(
      "Key pairs of every user of this project (admin only; microversion 2.10+)",
      "owner",
    ),
    marker: flag.string({ help: "Start after this key pair (microversion 2.35+)" }),
    limit: flag.integer({ help: "Show at most this many key pairs (microversion 2.35+)" }),
  },
  async run({ flags: f }, ctx) {
    const compute = await ctx.service("compute");
    if (f.marker) requireVersion(compute, "2.35", "the --marker option");
    if (f.limit) requireVersion(compute, "2.35", "the --limit option");
    const page = { marker: f.marker || undefined, limit: f.limit || undefined };
    let users: (string | undefined)[] = [undefined];
    if (f.project) {
      requireVersion(compute, "2.10", "the --project option");
      const project = await projectId(ctx, f.project, f.projectDomain);
      // keystoneclient passes tenant_id through as a query parameter, as python does
      const identity = await ctx.service("identity");
      const found = listOfObjects<{ id: string }>(
        await identity.get("/users", { tenant_id: project }),
        "users",
        "identity",
      );
      users = found.map((u) => u.id);
    } else if (f.user) {
      requireVersion(compute, "2.10", "the --user option");
      users = [await userId(ctx, f.user, f.userDomain)];
    }
    const items = [];
    for (const user_id of users) {
      items.push(...await worded("sdk", listAll(compute, keypair, { user_id }, page)));
    }
    const columns: [string, string][] = [["Name", "name"], ["Fingerprint", "fingerprint"]];
    if (supports(compute, "2.2")) columns.push(["Type", "type"]);
    return listResult(keypair.attrs, items, columns);
  },
});
