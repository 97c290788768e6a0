/** common._get_token_resource(client, "roles", x): a role of the token, by name or ID. */
import type { Context } from "../../../context.ts";
import type { ServiceClient } from "../../../http/service.ts";

/** The ID of the token's role named (or with ID) `name`; otherwise `name` as typed. */
export async function tokenRoleId(
  ctx: Context,
  svc: ServiceClient,
  name: string,
): Promise<string> {
  try {
    const token = (await ctx.auth()).token;
    const res = await svc.request("/auth/tokens", { headers: { "X-Subject-Token": token } });
    const roles = (res.body as { token: { roles: { id: string; name: string }[] } }).token.roles;
    for (const r of roles) {
      if (r.name === name) return r.id;
      if (r.id === name) return name;
    }
    return name;
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    return name;
  }
}
