import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { findServer, getServer, serverAction } from "../../api/compute/servers.ts";
import { waitForStatus } from "./_wait.ts";

const SHELVED = ["shelved", "shelved_offloaded"];

export default defineCommand({
  summary: "Shelve server(s): snapshot them and shut them down, keeping their ID and addresses",
  flags: {
    offload: flag.boolean({
      help: "Also remove the shelved server(s) from their host (admin only; shelves first)",
    }),
    wait: flag.boolean({ help: "Wait until shelving (and offloading) is done" }),
  },
  positionals: [{
    name: "servers",
    metavar: "<server>",
    help: "Servers to shelve (names or IDs)",
    arity: "many",
  }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const names = positionals.servers as string[];
    const ids: string[] = [];
    for (const name of names) {
      const s = await findServer(compute, name);
      ids.push(s.id);
      if (SHELVED.includes(String(s.status).toLowerCase())) continue;
      await serverAction(compute, s.id, "shelve");
    }
    if (!f.wait && !f.offload) return;
    // python waits for its last server once per argument; each one's own is waited for here
    const wait = async (success: string[], error: string, logged = `${error}:`) => {
      for (const id of ids) {
        if (!await waitForStatus(ctx, () => getServer(compute, id), success)) {
          await ctx.stdout.write(`${error}: ${id}\n`);
          throw new OscError(`${logged} ${id}`);
        }
      }
    };
    await wait(SHELVED, "Error shelving server");
    if (!f.offload) return;
    for (const name of names) {
      const s = await findServer(compute, name);
      if (String(s.status).toLowerCase() === "shelved_offloaded") continue;
      await serverAction(compute, s.id, "shelveOffload");
    }
    if (f.wait) {
      await wait(
        ["shelved_offloaded"],
        "Error offloading shelved server",
        "Error offloading shelved server",
      );
    }
  },
});
