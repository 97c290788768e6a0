import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { swift } from "../../api/object_store/swift.ts";
import { saveObject } from "./_store.ts";

export default defineCommand({
  summary: "Save an object to a file or stdout",
  flags: {
    file: flag.string({
      metavar: "<filename>",
      help: "File to write (default: the object's name; '-': stdout)",
    }),
  },
  positionals: [
    { name: "container", metavar: "<container>", help: "Container" },
    { name: "object", metavar: "<object>", help: "Object" },
  ],
  async run({ flags, positionals }, ctx) {
    const s = await swift(ctx);
    await saveObject(
      ctx,
      s,
      positionals.container as string,
      positionals.object as string,
      flags.file,
    );
  },
});
