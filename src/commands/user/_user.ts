/** What user create and set share: the password flags and the user's options. */
import { flag } from "../../cli/flags.ts";
import type { Context } from "../../context.ts";
import { getPassword, NO_PASSWORD_WARNING } from "../../kit/password.ts";
import { warn } from "../../cli/verbosity.ts";

const on = (help: string) => flag.boolean({ help });

export const userOptionFlags = {
  ignoreLockoutFailureAttempts: on("Do not lock the user out after failed logins"),
  noIgnoreLockoutFailureAttempts: on("Lock the user out after failed logins"),
  ignorePasswordExpiry: on("Let the user's password never expire"),
  noIgnorePasswordExpiry: on("Let the user's password expire"),
  ignoreChangePasswordUponFirstUse: on("Do not make the user change the password at first login"),
  noIgnoreChangePasswordUponFirstUse: on("Make the user change the password at first login"),
  enableLockPassword: on("Keep the user from changing the password"),
  disableLockPassword: on("Let the user change the password"),
  enableMultiFactorAuth: on("Require the multi-factor rules at login"),
  disableMultiFactorAuth: on("Do not require the multi-factor rules at login"),
  multiFactorAuthRule: flag.list({
    metavar: "<rule>",
    help: 'Auth methods required together, comma-separated ("password,totp"; repeatable)',
  }),
};

type OptionValues = {
  [K in keyof typeof userOptionFlags]: K extends "multiFactorAuthRule" ? string[]
    : boolean;
};

/** user.py's _get_options_for_user: each pair's "no" wins when both are given. */
export function userOptions(f: OptionValues): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const pair = (key: string, yes: boolean, no: boolean) => {
    if (yes) o[key] = true;
    if (no) o[key] = false;
  };
  pair(
    "ignore_lockout_failure_attempts",
    f.ignoreLockoutFailureAttempts,
    f.noIgnoreLockoutFailureAttempts,
  );
  pair("ignore_password_expiry", f.ignorePasswordExpiry, f.noIgnorePasswordExpiry);
  pair(
    "ignore_change_password_upon_first_use",
    f.ignoreChangePasswordUponFirstUse,
    f.noIgnoreChangePasswordUponFirstUse,
  );
  pair("lock_password", f.enableLockPassword, f.disableLockPassword);
  pair("multi_factor_auth_enabled", f.enableMultiFactorAuth, f.disableMultiFactorAuth);
  if (f.multiFactorAuthRule.length) {
    o.multi_factor_auth_rules = f.multiFactorAuthRule.map((r) => r.split(","));
  }
  return o;
}

export const passwordFlags = {
  password: flag.string({ metavar: "<password>", help: "Password" }),
  passwordPrompt: flag.boolean({ help: "Ask for the password on the terminal" }),
};

/** --password, or --password-prompt's answer (which replaces it). */
export async function chosenPassword(
  ctx: Context,
  f: { password?: string; passwordPrompt: boolean },
): Promise<string | undefined> {
  return f.passwordPrompt ? await getPassword(ctx) : f.password;
}

export async function warnNoPassword(ctx: Context): Promise<void> {
  await warn(ctx, NO_PASSWORD_WARNING);
}
