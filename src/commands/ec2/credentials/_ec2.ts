/** What the ec2 credentials commands share: whose credentials, and where they live. */
import { flag } from "../../../cli/flags.ts";
import type { Context } from "../../../context.ts";
import { OscError } from "../../../errors.ts";
import type { ServiceClient } from "../../../http/service.ts";
import { domainIdOf, identityFind } from "../../../kit/identity.ts";
import { user } from "../../../resources/identity/user.ts";

export const userDomainFlag = {
  userDomain: flag.string({
    metavar: "<user-domain>",
    help: "Domain of the user (name or ID), when user names collide",
  }),
};

/** ec2creds._determine_ec2_user: the named user (in its domain), else the token's user. */
export async function ec2User(
  ctx: Context,
  svc: ServiceClient,
  f: { user?: string; userDomain?: string },
): Promise<string> {
  // python looks the domain up even without --user
  const domainId = await domainIdOf(svc, f.userDomain);
  if (f.user) {
    return (await identityFind(svc, user, f.user, { domainId, forbiddenAsId: false })).id;
  }
  const me = (await ctx.auth()).userId;
  if (!me) throw new OscError("The token names no user");
  return me;
}

/** /users/{user}/credentials/OS-EC2[/{access}] */
export function ec2Path(userId: string, access?: string): string {
  const base = `/users/${encodeURIComponent(userId)}/credentials/OS-EC2`;
  return access === undefined ? base : `${base}/${encodeURIComponent(access)}`;
}

/** The response's keys, tenant_id shown as project_id (links kept, as python does). */
export const ec2Show = { rename: { tenant_id: "project_id" } };
