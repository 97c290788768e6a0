/** osc_lib's get_password through an injected terminal. */
import { deepStrictEqual, rejects, strictEqual } from "node:assert";
import type { Context } from "../../../src/context.ts";
import { getPassword } from "../../../src/kit/password.ts";

function terminal(answers: (string | null | undefined)[]) {
  const prompts: string[] = [];
  let out = "";
  const ctx = {
    readSecret: (p: string) => {
      prompts.push(p);
      return Promise.resolve(answers.shift());
    },
    stdout: { write: (t: string) => Promise.resolve(void (out += t)) },
  } as unknown as Context;
  return { ctx, prompts, out: () => out };
}

Deno.test("asks twice until both agree; the mismatch line on stdout", async () => {
  const t = terminal(["a", "b", "c", "c"]);
  strictEqual(await getPassword(t.ctx), "c");
  deepStrictEqual(t.prompts, [
    "User Password:",
    "Repeat User Password:",
    "User Password:",
    "Repeat User Password:",
  ]);
  strictEqual(t.out(), "The passwords entered were not the same\n");
});

Deno.test("no confirmation asked when confirm is false", async () => {
  const t = terminal(["old"]);
  strictEqual(await getPassword(t.ctx, "Current Password:", false), "old");
  deepStrictEqual(t.prompts, ["Current Password:"]);
});

Deno.test("no terminal, or Ctrl-D: python's errors", async () => {
  await rejects(getPassword(terminal([undefined]).ctx), {
    message: "No terminal detected attempting to read password",
  });
  await rejects(getPassword(terminal([null]).ctx), { message: "Error reading password" });
  await rejects(getPassword({} as Context), {
    message: "No terminal detected attempting to read password",
  });
});
