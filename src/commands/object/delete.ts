import { defineCommand } from "../../cli/command.ts";
import { swift, swiftPath, swiftRequest } from "../../api/object_store/swift.ts";

export default defineCommand({
  summary: "Delete objects from a container",
  flags: {},
  positionals: [
    { name: "container", metavar: "<container>", help: "Container" },
    { name: "objects", metavar: "<object>", help: "Objects", arity: "many" },
  ],
  async run({ positionals }, ctx) {
    const s = await swift(ctx);
    const container = positionals.container as string;
    // one by one, the first failure ending it all, as python does
    for (const name of positionals.objects as string[]) {
      await swiftRequest(s, swiftPath(container, name), { method: "DELETE" });
    }
  },
});
