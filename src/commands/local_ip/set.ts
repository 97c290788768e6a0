import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { localIp } from "../../resources/network/local_ip.ts";

export default updateCommand(localIp, {
  summary: "Change a local IP",
  positional: { name: "local_ip", metavar: "<local-ip>", help: "Local IP (name or ID)" },
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
  },
  body: ({ flags: f }) => {
    const attrs = {
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.description !== undefined ? { description: f.description } : {}),
    };
    return Object.keys(attrs).length ? attrs : undefined;
  },
});
