import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { warn } from "../../cli/verbosity.ts";
import { OscError, SilentExit } from "../../errors.ts";
import { findServer, type ServerAddress } from "../../api/compute/servers.ts";
import { serverIpAddress, sshArgs } from "./_ssh.ts";

export default defineCommand({
  summary: "Log in to a server with ssh",
  description:
    "Run ssh to one of the server's addresses (public by default), as the cloud user unless ssh's -l is given. ssh's own options follow '--'. ssh's exit code is this command's.",
  flags: {
    login: flag.string({
      short: "l",
      longFirst: true,
      metavar: "<login-name>",
      hidden: true,
      help: "",
    }),
    port: flag.integer({ short: "p", longFirst: true, metavar: "<port>", hidden: true, help: "" }),
    identity: flag.string({
      short: "i",
      longFirst: true,
      metavar: "<keyfile>",
      hidden: true,
      help: "",
    }),
    option: flag.string({
      short: "o",
      longFirst: true,
      metavar: "<config-options>",
      hidden: true,
      help: "",
    }),
    ipv4: flag.boolean({
      short: "4",
      shortOnly: true,
      group: "family",
      help: "IPv4 addresses only",
    }),
    ipv6: flag.boolean({
      short: "6",
      shortOnly: true,
      group: "family",
      help: "IPv6 addresses only",
    }),
    public: flag.boolean({ group: "type", help: "A floating (public) address (the default)" }),
    private: flag.boolean({ group: "type", help: "A fixed (private) address" }),
    addressType: flag.string({
      metavar: "<address-type>",
      group: "type",
      help: "This kind of address: public, private, or a network's name",
    }),
    verbose: flag.boolean({ short: "v", shortOnly: true, hidden: true, help: "" }),
  },
  positionals: [
    { name: "server", metavar: "<server>", help: "Server (name or ID)" },
    {
      name: "sshArgs",
      metavar: "-- <standard ssh args>",
      help: "ssh's own arguments and options, after '--'",
      arity: "any",
    },
  ],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const server = await findServer(compute, positionals.server as string);
    if (f.port || f.identity || f.option || f.login || f.verbose) {
      await warn(
        ctx,
        'The ssh options have been deprecated. The ssh equivalent options can be used instead as arguments after "--" on the command line.',
      );
    }
    const families = f.ipv4 ? [4] : f.ipv6 ? [6] : [4, 6];
    let userName = (await ctx.auth()).userName;
    if (userName === undefined) userName = await tokenUserName(ctx);
    const args = sshArgs({
      args: (positionals.sshArgs as string[] | undefined) ?? [],
      port: f.port,
      identity: f.identity,
      option: f.option,
      login: f.login,
      verbose: f.verbose,
    }, () => userName ?? "");
    const type = f.addressType ?? (f.private ? "private" : "public");
    const addresses = (server.addresses ?? {}) as Record<string, ServerAddress[]>;
    const ip = serverIpAddress(addresses, type, families);
    if (!ctx.exec) throw new OscError("Cannot run ssh here");
    // python runs "ssh <ip> <args>" through a shell (os.system) and exits 0 whatever ssh did:
    // here ssh gets the arguments as they are, and its exit code is ours
    const code = await ctx.exec("ssh", [ip, ...args]);
    if (code !== 0) throw new SilentExit(code);
  },
});

/** The token's user name, asked of Keystone (a token cached before names were kept). */
async function tokenUserName(ctx: Parameters<Parameters<typeof defineCommand>[0]["run"]>[1]) {
  try {
    const identity = await ctx.service("identity");
    const token = (await ctx.auth()).token;
    const res = await identity.request("/auth/tokens", { headers: { "X-Subject-Token": token } });
    return (res.body as { token?: { user?: { name?: string } } }).token?.user?.name;
  } catch {
    return undefined;
  }
}
