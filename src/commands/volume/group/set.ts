import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { requireVersion } from "../../../kit/versions.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";
import {
  findIn,
  groupAction,
  GROUPS,
  groupShow,
  itemPath,
} from "../../../resources/volume/group.ts";

export default defineCommand({
  summary: "Change a volume group (after a rename or new description, its fields are empty)",
  output: "show",
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    enableReplication: flag.triState({ help: "Turn replication on (3.38 or later)" }),
    disableReplication: flag.triState({
      dest: "enableReplication",
      value: false,
      help: "Turn replication off (3.38 or later)",
    }),
  },
  positionals: [{ name: "group", metavar: "<group>", help: "Group (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.13", "volume group set");
    let group: Record<string, unknown> = await findIn(svc, GROUPS, positionals.group as string);
    const id = group.id as string;
    if (f.enableReplication !== undefined) {
      requireVersion(
        svc,
        "3.38",
        "the '--enable-replication' or '--disable-replication' options",
      );
      const action = f.enableReplication ? "enable_replication" : "disable_replication";
      await groupAction(svc, id, { [action]: {} });
    }
    const body: Record<string, unknown> = {};
    if (f.name !== undefined) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (Object.keys(body).length) {
      await svc.request(itemPath(GROUPS, id), {
        method: "PUT",
        json: { group: body },
        expectJson: false,
      });
      // cinderclient's update hands back a plain dict (Cinder answers 202 without a body),
      // whose fields python reads as attributes: every one is empty
      group = {};
    }
    return groupShow(group);
  },
});
