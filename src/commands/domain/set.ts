import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import {
  enabledAttr,
  enableFlags,
  immutableFlags,
  immutableOptions,
} from "../../kit/identity_flags.ts";
import { domain } from "../../resources/identity/domain.ts";

export default updateCommand(domain, {
  summary: "Change a domain",
  positional: { name: "domain", metavar: "<domain>", help: "Domain (name or ID)" },
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    ...enableFlags("domain"),
    ...immutableFlags("domain"),
  },
  wording: "plain",
  // python sends the PATCH even when nothing changes
  body: ({ flags: f }) => {
    const options = immutableOptions(f);
    return {
      ...(f.name ? { name: f.name } : {}),
      ...(f.description ? { description: f.description } : {}),
      ...enabledAttr(f),
      ...(Object.keys(options).length ? { options } : {}),
    };
  },
});
