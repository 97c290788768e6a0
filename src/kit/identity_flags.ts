/** Flags the identity commands share, declared once (behaviour in identity.ts). */
import { flag } from "../cli/flags.ts";
import { keyValuePairs } from "../commands/_common.ts";

/** --enable | --disable. */
export function enableFlags(noun: string) {
  return {
    enable: flag.boolean({ group: "enable", help: `Enable the ${noun}` }),
    disable: flag.boolean({ group: "enable", help: `Disable the ${noun}` }),
  };
}

/** common.add_resource_option_to_parser: --immutable | --no-immutable. */
export function immutableFlags(noun: string) {
  return {
    immutable: flag.boolean({
      group: "immutable",
      help: `Make the ${noun} immutable (no changes but removing this flag)`,
    }),
    noImmutable: flag.boolean({ group: "immutable", help: `Make the ${noun} mutable` }),
  };
}

/** common.get_immutable_options. */
export function immutableOptions(f: { immutable: boolean; noImmutable: boolean }) {
  return f.immutable ? { immutable: true } : f.noImmutable ? { immutable: false } : {};
}

/** --enable/--disable as the body's `enabled`, when either was given. */
export function enabledAttr(f: { enable: boolean; disable: boolean }) {
  return f.enable ? { enabled: true } : f.disable ? { enabled: false } : {};
}

/** tag.add_tag_option_to_parser_for_create. */
export function identityTagCreateFlags(noun: string) {
  return {
    tag: flag.list({ group: "tag", metavar: "<tag>", help: `Tag for the ${noun} (repeatable)` }),
  };
}

/** tag.add_tag_option_to_parser_for_set. */
export function identityTagSetFlags(noun: string) {
  return {
    tag: flag.list({ metavar: "<tag>", help: `Tag to add to the ${noun} (repeatable)` }),
    clearTags: flag.boolean({ help: `Remove every tag of the ${noun} (before any --tag)` }),
    removeTag: flag.string({ metavar: "<tag>", help: `Tag to remove from the ${noun}` }),
  };
}

/** list(set(tags)): python's set order is its own; here the first occurrence's order. */
export function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}

/**
 * tag.update_tags_in_args: the `tags` to PATCH, or undefined to leave them.
 * --remove-tag wins over --tag; --clear-tags starts from none.
 */
export function tagsUpdate(
  current: unknown,
  f: { tag: readonly string[]; clearTags: boolean; removeTag?: string },
): string[] | undefined {
  let tags = f.clearTags ? [] : Array.isArray(current) ? current.map(String) : [];
  let out: string[] | undefined = f.clearTags ? [] : undefined;
  if (f.removeTag) {
    tags = tags.filter((t, i) => !(t === f.removeTag && tags.indexOf(t) === i));
    return uniqueTags(tags);
  }
  if (f.tag.length) out = uniqueTags([...tags, ...f.tag]);
  return out;
}

/** --property key=value for keystone: every pair goes into the body as it is. */
export function identityProperties(entries: readonly string[]): Record<string, string> {
  return Object.fromEntries(keyValuePairs(entries));
}
