import { defineCommand } from "../../cli/command.ts";

/** keystoneauth's expiry as python prints it: strftime('%Y-%m-%dT%H:%M:%S%z'). */
export function pythonExpires(iso: string): string {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:?\d\d)?$/.exec(iso);
  if (!m) return iso;
  const zone = !m[2] || m[2] === "Z" ? "+0000" : m[2].replace(":", "");
  return m[1] + zone;
}

export default defineCommand({
  summary: "Issue new token",
  output: "show",
  flags: {},
  async run(_args, ctx) {
    // a new token, as the python client issues one, not the cached one this client reuses
    const auth = await ctx.auth({ fresh: true });
    const data: [string, string][] = [];
    if (auth.token) data.push(["id", auth.token]);
    if (auth.expiresAt) data.push(["expires", pythonExpires(auth.expiresAt)]);
    if (auth.projectId) data.push(["project_id", auth.projectId]);
    if (auth.userId) data.push(["user_id", auth.userId]);
    if (auth.domainId) data.push(["domain_id", auth.domainId]);
    if (auth.system) data.push(["system", "all"]);
    data.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { kind: "show", fields: data.map(([k]) => k), values: data.map(([, v]) => v) };
  },
});
