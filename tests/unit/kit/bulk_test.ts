import { deepStrictEqual, rejects, strictEqual } from "node:assert";
import { deleteEach, mapBounded } from "../../../src/kit/bulk.ts";
import { fakeDeps } from "../../helpers/fake_deps.ts";
import type { Context } from "../../../src/context.ts";

Deno.test("bulk delete: every item tried, failures in argument order, python's count line", async () => {
  const c = fakeDeps();
  const ctx = c.deps as unknown as Context;
  await rejects(
    deleteEach(ctx, "group", ["a", "b", "c"], (n) => {
      if (n !== "b") return Promise.reject(new Error(`no ${n}`));
      return Promise.resolve();
    }),
    { message: "2 of 3 groups failed to delete." },
  );
  strictEqual(
    c.stderr(),
    "Failed to delete group with name or ID 'a': no a\n" +
      "Failed to delete group with name or ID 'c': no c\n",
  );
});

Deno.test("mapBounded keeps order and never runs more than the bound at once", async () => {
  let running = 0;
  let peak = 0;
  const out = await mapBounded([5, 1, 3, 2, 4], 2, async (n) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((r) => setTimeout(r, n));
    running--;
    return n * 10;
  });
  deepStrictEqual(out, [50, 10, 30, 20, 40]);
  strictEqual(peak, 2);
});

Deno.test("bulk delete: a plural that is not noun + s, and python's own failure line", async () => {
  const c = fakeDeps();
  const ctx = c.deps as unknown as Context;
  await rejects(
    deleteEach(
      ctx,
      "RBAC policy",
      ["x"],
      (n) => Promise.reject(new Error(`no ${n}`)),
      undefined,
      (item, why) => `Failed to delete RBAC policy with ID '${item}': ${why}`,
      (failed, total) => `${failed} of ${total} RBAC policies failed to delete.`,
    ),
    { message: "1 of 1 RBAC policies failed to delete." },
  );
  strictEqual(c.stderr(), "Failed to delete RBAC policy with ID 'x': no x\n");
});
