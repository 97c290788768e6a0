import { defineCommand } from "../../../../cli/command.ts";
import { properties, swift, swiftRequest } from "../../../../api/object_store/swift.ts";
import { sortedShow } from "../../_store.ts";

export default defineCommand({
  summary: "Show the object store account of the project",
  output: "show",
  flags: {},
  async run(_args, ctx) {
    const s = await swift(ctx);
    const h = (await swiftRequest(s, "", { method: "HEAD" })).headers;
    const data: Record<string, unknown> = {};
    const props = properties(h, "x-account-meta-");
    if (Object.keys(props).length) data.properties = props;
    data.Containers = h.get("x-account-container-count");
    data.Objects = h.get("x-account-object-count");
    data.Bytes = h.get("x-account-bytes-used");
    data.Account = s.account;
    return sortedShow(data);
  },
});
