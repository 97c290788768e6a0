import { flag } from "../../cli/flags.ts";
import { serverActionCommand } from "./_action.ts";

export default serverActionCommand({
  summary: "Stop server(s)",
  help: "Servers to stop (names or IDs)",
  lookup: "nova",
  many: true,
  action: "os-stop",
  flags: {
    allProjects: flag.boolean({
      help: "Stop server(s) of another project, found by name (admin only; or set ALL_PROJECTS)",
    }),
  },
});
