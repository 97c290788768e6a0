import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { supports } from "../../kit/versions.ts";
import { serverActionCommand } from "./_action.ts";

export default serverActionCommand({
  summary: "Lock server(s) against actions by non-admin users",
  help: "Servers to lock (names or IDs)",
  lookup: "nova",
  many: true,
  action: "lock",
  flags: {
    reason: flag.string({
      metavar: "<reason>",
      help: "Why the server(s) are locked (--os-compute-api-version 2.73 or later)",
    }),
  },
  info(f, compute) {
    if (!supports(compute, "2.73")) {
      if (f.reason) {
        throw new OscError(
          "--os-compute-api-version 2.73 or greater is required to use the --reason option.",
        );
      }
      return null;
    }
    // novaclient sends a reason only when one is given
    return f.reason ? { locked_reason: f.reason } : null;
  },
});
