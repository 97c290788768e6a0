import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { swift, swiftList, swiftPath, swiftRequest } from "../../api/object_store/swift.ts";

export default defineCommand({
  summary: "Delete containers",
  flags: {
    recursive: flag.boolean({ short: "r", longFirst: true, help: "Delete their objects first" }),
  },
  positionals: [{ name: "containers", metavar: "<container>", help: "Containers", arity: "many" }],
  async run({ flags, positionals }, ctx) {
    const s = await swift(ctx);
    // one by one, the first failure ending it all, as python does
    for (const name of positionals.containers as string[]) {
      if (flags.recursive) {
        // the first listing only (up to 10000 objects), as python
        for (const o of await swiftList(s, swiftPath(name), {})) {
          await swiftRequest(s, swiftPath(name, String(o.name)), { method: "DELETE" });
        }
      }
      await swiftRequest(s, swiftPath(name), { method: "DELETE" });
    }
  },
});
