/**
 * Flags many commands share, declared once. Each returns a plain flag object
 * to spread into a command's `flags`; the matching behaviour is in shared.ts.
 */
import { flag } from "../cli/flags.ts";

/** `group`: an exclusive group --project shares with another option (keypair list's --user). */
export function projectFlags(help = "Project to own it (name or ID)", group?: string) {
  return {
    project: flag.string({ metavar: "<project>", help, group }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
  };
}

export function userFlags(help = "User (name or ID)", group?: string) {
  return {
    user: flag.string({ metavar: "<user>", help, group }),
    userDomain: flag.string({
      metavar: "<user-domain>",
      help: "Domain of the user (name or ID), when user names collide",
    }),
  };
}

/** --tags/--any-tags/--not-tags/--not-any-tags: comma-separated; the last one given wins. */
export function tagFilterFlags(noun: string) {
  const f = (help: string) => flag.string({ metavar: "<tag>[,<tag>,...]", help });
  return {
    tags: f(`Only ${noun} having all of these tags (comma-separated)`),
    anyTags: f(`Only ${noun} having any of these tags (comma-separated)`),
    notTags: f(`Leave out ${noun} having all of these tags (comma-separated)`),
    notAnyTags: f(`Leave out ${noun} having any of these tags (comma-separated)`),
  };
}

/** create: --tag (repeatable) or --no-tag, not both. */
export function tagCreateFlags(noun: string) {
  return {
    tag: flag.list({ group: "tag", metavar: "<tag>", help: `Tag for the ${noun} (repeatable)` }),
    noTag: flag.boolean({ group: "tag", help: `Create the ${noun} without tags` }),
  };
}

/** set: --tag adds, --no-tag clears first (both together replace the tags). */
export function tagSetFlags(noun: string) {
  return {
    tag: flag.list({ metavar: "<tag>", help: `Tag to add to the ${noun} (repeatable)` }),
    noTag: flag.boolean({ help: `Remove every tag of the ${noun} first` }),
  };
}

/** unset: --tag removes one (repeatable), --all-tag removes all. */
export function tagUnsetFlags(noun: string) {
  return {
    tag: flag.list({
      group: "tag",
      metavar: "<tag>",
      help: `Tag to remove from the ${noun} (repeatable)`,
    }),
    allTag: flag.boolean({ group: "tag", help: `Remove every tag of the ${noun}` }),
  };
}

/** --property key=value (repeatable). */
export function propertyFlag(noun: string) {
  return flag.list({
    metavar: "<key=value>",
    help: `Property of the ${noun} (repeatable)`,
  });
}

/** --limit/--marker of a paged list. */
export function pageFlags(noun: string, markerMetavar = "<marker>") {
  return {
    limit: flag.integer({ metavar: "<limit>", help: `Show at most this many ${noun}` }),
    marker: flag.string({ metavar: markerMetavar, help: `Start after this one (name or ID)` }),
  };
}
