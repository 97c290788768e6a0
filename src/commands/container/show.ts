import { defineCommand } from "../../cli/command.ts";
import { properties, swift, swiftPath, swiftRequest } from "../../api/object_store/swift.ts";
import { sortedShow } from "../object/_store.ts";

export default defineCommand({
  summary: "Show a container",
  output: "show",
  flags: {},
  positionals: [{ name: "container", metavar: "<container>", help: "Container" }],
  async run({ positionals }, ctx) {
    const s = await swift(ctx);
    const name = positionals.container as string;
    const h = (await swiftRequest(s, swiftPath(name), { method: "HEAD" })).headers;
    const data: Record<string, unknown> = {
      account: s.account,
      container: name,
      object_count: h.get("x-container-object-count"),
      bytes_used: h.get("x-container-bytes-used"),
      storage_policy: h.get("x-storage-policy"),
    };
    for (
      const [key, header] of [
        ["read_acl", "x-container-read"],
        ["write_acl", "x-container-write"],
        ["sync_to", "x-container-sync-to"],
        ["sync_key", "x-container-sync-key"],
      ]
    ) {
      if (h.has(header)) data[key] = h.get(header);
    }
    const props = properties(h, "x-container-meta-");
    if (Object.keys(props).length) data.properties = props;
    return sortedShow(data);
  },
});
