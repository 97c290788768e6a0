import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { warn } from "../../cli/verbosity.ts";
import { swift, swiftPath, swiftRequest } from "../../api/object_store/swift.ts";
import { entryRows } from "../object/_store.ts";

export default defineCommand({
  summary: "Create containers",
  output: "list",
  flags: {
    public: flag.boolean({ help: "Let anyone read and list the containers" }),
    storagePolicy: flag.string({ help: "Storage policy of the containers (name)" }),
  },
  positionals: [
    { name: "containers", metavar: "<container-name>", help: "Names", arity: "many" },
  ],
  async run({ flags, positionals }, ctx) {
    const s = await swift(ctx);
    const made = [];
    for (const name of positionals.containers as string[]) {
      if (name.length > 256) {
        await warn(
          ctx,
          `Container name is ${name.length} characters long, the default limit is 256`,
        );
      }
      const headers: Record<string, string> = {};
      if (flags.public) headers["x-container-read"] = ".r:*,.rlistings";
      if (flags.storagePolicy !== undefined) headers["x-storage-policy"] = flags.storagePolicy;
      const res = await swiftRequest(s, swiftPath(name), { method: "PUT", headers });
      made.push({
        account: s.account,
        container: name,
        "x-trans-id": res.headers.get("x-trans-id"),
      });
    }
    return entryRows(made, ["account", "container", "x-trans-id"]);
  },
});
