import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { warn } from "../../cli/verbosity.ts";
import { OscError } from "../../errors.ts";
import { swift, swiftPath, swiftRequest } from "../../api/object_store/swift.ts";
import { uploadSource } from "../../kit/binary.ts";
import { entryRows } from "./_store.ts";

export default defineCommand({
  summary: "Upload files as objects",
  output: "list",
  flags: {
    name: flag.string({
      metavar: "<name>",
      help: "Object name (one file only; default: its path)",
    }),
  },
  positionals: [
    { name: "container", metavar: "<container>", help: "Container" },
    { name: "objects", metavar: "<filename>", help: "Files to upload", arity: "many" },
  ],
  async run({ flags, positionals }, ctx) {
    const files = positionals.objects as string[];
    if (flags.name && files.length > 1) {
      throw new OscError("Attempting to upload multiple objects and using --name is not permitted");
    }
    const container = positionals.container as string;
    const s = await swift(ctx);
    const made = [];
    for (const file of files) {
      if (file.length > 1024) {
        await warn(ctx, `Object name is ${file.length} characters long, default limit is 1024`);
      }
      const name = flags.name || file;
      const { data } = (await uploadSource(ctx, file))!;
      const res = await swiftRequest(s, swiftPath(container, name), { method: "PUT", body: data });
      made.push({
        account: s.account,
        container,
        object: name,
        "x-trans-id": res.headers.get("x-trans-id"),
        etag: res.headers.get("etag"),
      });
    }
    return entryRows(made, ["object", "container", "etag"]);
  },
});
