import { defineCommand } from "../../cli/command.ts";
import { properties, swift, swiftPath, swiftRequest } from "../../api/object_store/swift.ts";
import { sortedShow } from "./_store.ts";

export default defineCommand({
  summary: "Show an object",
  output: "show",
  flags: {},
  positionals: [
    { name: "container", metavar: "<container>", help: "Container" },
    { name: "object", metavar: "<object>", help: "Object" },
  ],
  async run({ positionals }, ctx) {
    const s = await swift(ctx);
    const container = positionals.container as string;
    const object = positionals.object as string;
    const h = (await swiftRequest(s, swiftPath(container, object), { method: "HEAD" })).headers;
    const data: Record<string, unknown> = {
      account: s.account,
      container,
      object,
      "content-type": h.get("content-type"),
    };
    for (const key of ["content-length", "last-modified", "etag", "x-object-manifest"]) {
      if (h.has(key)) data[key] = h.get(key);
    }
    const props = properties(h, "x-object-meta-");
    if (Object.keys(props).length) data.properties = props;
    return sortedShow(data);
  },
});
