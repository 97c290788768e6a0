/** osc_lib's get_password: a password read from the terminal, never echoed. */
import type { Context } from "../context.ts";
import { OscError } from "../errors.ts";

/**
 * Asks on the terminal (`prompt`, then "Repeat <prompt>" until both agree
 * when `confirm`); without a terminal, python's error.
 */
export async function getPassword(
  ctx: Context,
  prompt = "User Password:",
  confirm = true,
): Promise<string> {
  const read = async (p: string) => {
    const got = ctx.readSecret ? await ctx.readSecret(p) : undefined;
    if (got === undefined) {
      throw new OscError("No terminal detected attempting to read password");
    }
    if (got === null) throw new OscError("Error reading password");
    return got;
  };
  for (;;) {
    const first = await read(prompt);
    if (!confirm) return first;
    if (first === await read(`Repeat ${prompt}`)) return first;
    await ctx.stdout.write("The passwords entered were not the same\n");
  }
}

/** Python's warning when a user ends up without a password. */
export const NO_PASSWORD_WARNING =
  "No password was supplied, authentication will fail when a user does not have a password.";
