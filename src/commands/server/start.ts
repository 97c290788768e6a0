import { flag } from "../../cli/flags.ts";
import { serverActionCommand } from "./_action.ts";

export default serverActionCommand({
  summary: "Start server(s)",
  help: "Servers to start (names or IDs)",
  lookup: "nova",
  many: true,
  action: "os-start",
  flags: {
    allProjects: flag.boolean({
      help: "Start server(s) of another project, found by name (admin only; or set ALL_PROJECTS)",
    }),
  },
});
