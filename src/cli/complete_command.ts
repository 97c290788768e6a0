/**
 * `openstack complete`: prints shell completion code generated from the
 * registry (`--shell bash|zsh|fish`, or `none` for python's data lines only).
 * The completion code calls `openstack complete --cloud-names` to complete
 * `--os-cloud`; nothing else runs at completion time.
 */
import { type CommandDef, defineCommand } from "./command.ts";
import { flag } from "./flags.ts";
import type { RegistryEntry } from "./registry_types.ts";

export function completeCommand(registry: readonly RegistryEntry[]): CommandDef {
  return defineCommand({
    summary: "Print shell completion code (bash, zsh or fish)",
    description: "Print shell completion code for bash (default), zsh or fish.\n\n" +
      "  bash: source <(openstack complete)\n" +
      "  zsh:  source <(openstack complete --shell zsh)   (after compinit)\n" +
      "  fish: openstack complete --shell fish | source",
    flags: {
      name: flag.string({
        metavar: "<command_name>",
        help: "Command name to complete (default: openstack)",
      }),
      shell: flag.string({
        metavar: "<shell>",
        choices: ["bash", "fish", "none", "zsh"],
        default: "bash",
        help: "Shell to print code for; none prints the command data only (default: bash)",
      }),
      cloudNames: flag.boolean({
        hidden: true,
        help: "Print the cloud names --os-cloud accepts, one per line",
      }),
    },
    async run({ flags }, ctx) {
      if (flags.cloudNames) {
        const { cloudNames } = await import("./complete_clouds.ts");
        const names = await cloudNames(ctx);
        await ctx.stdout.write(names.map((n) => n + "\n").join(""));
        return;
      }
      const { completionModel } = await import("./complete_model.ts");
      const model = await completionModel(registry, flags.name || "openstack");
      let text: string;
      switch (flags.shell) {
        case "zsh":
          text = (await import("./complete_zsh.ts")).zshScript(model);
          break;
        case "fish":
          text = (await import("./complete_fish.ts")).fishScript(model);
          break;
        case "none":
          text = (await import("./complete_bash.ts")).bashData(model);
          break;
        default:
          text = (await import("./complete_bash.ts")).bashScript(model);
      }
      await ctx.stdout.write(text);
    },
  });
}
