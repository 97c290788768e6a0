import { defineCommand } from "../../cli/command.ts";
import { listOfObjects } from "../../http/errors.ts";

type Ref = { id?: string; name?: string };

export default defineCommand({
  summary: "List which roles imply which",
  output: "list",
  flags: {},
  async run(_args, ctx) {
    const identity = await ctx.service("identity");
    const body = await identity.get("/role_inferences");
    const rules = listOfObjects<{ prior_role: Ref; implies: Ref[] }>(
      body,
      "role_inferences",
      identity.type,
    );
    return {
      kind: "list",
      columns: ["Prior Role ID", "Prior Role Name", "Implied Role ID", "Implied Role Name"],
      columnsAreList: true,
      rows: rules.flatMap((r) =>
        r.implies.map((i) => [r.prior_role.id, r.prior_role.name, i.id, i.name])
      ),
    };
  },
});
