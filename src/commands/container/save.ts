import { defineCommand } from "../../cli/command.ts";
import { swift, swiftList, swiftPath } from "../../api/object_store/swift.ts";
import { saveObject } from "../object/_store.ts";

export default defineCommand({
  summary: "Save a container's objects to files named after them",
  flags: {},
  positionals: [{ name: "container", metavar: "<container>", help: "Container" }],
  async run({ positionals }, ctx) {
    const s = await swift(ctx);
    const name = positionals.container as string;
    // the first listing only (up to 10000 objects), as python
    for (const o of await swiftList(s, swiftPath(name), {})) {
      await saveObject(ctx, s, name, String(o.name));
    }
  },
});
