import { strictEqual, throws } from "node:assert";
import { failureSteps } from "../../../src/kit/steps.ts";
import { fakeDeps } from "../../helpers/fake_deps.ts";
import type { Context } from "../../../src/context.ts";

// python's volume set: LOG.error("Failed to set volume size: %s", e) per failed step, every step
// tried, then CommandError("One or more of the set operations failed")
Deno.test("failure steps: each failure logged in order, the rest still run, one closing error", async () => {
  const c = fakeDeps();
  const steps = failureSteps(c.deps as unknown as Context);
  const ran: string[] = [];
  await steps.step("Failed to set volume size", () => Promise.reject(new Error("too small")));
  await steps.step("Failed to set volume property", () => {
    ran.push("property");
    return Promise.resolve();
  });
  await steps.step("Failed to set volume state", () => Promise.reject(new Error("bad\nstate")));
  strictEqual(steps.failed, 2);
  strictEqual(ran.join(), "property");
  strictEqual(
    c.stderr(),
    "Failed to set volume size: too small\nFailed to set volume state: bad\n",
  );
  throws(() => steps.finish("One or more of the set operations failed"), {
    message: "One or more of the set operations failed",
  });
});

Deno.test("failure steps: nothing failed, finish passes", () => {
  const c = fakeDeps();
  failureSteps(c.deps as unknown as Context).finish("never");
});
