/**
 * The permission flags the shipped binary gets (deno compile) and the bundle
 * needs (deno run). --allow-run for ssh alone (server ssh runs it, as python does); no
 * --allow-ffi or --allow-sys.
 */
export const RUNTIME_PERMISSIONS = [
  "--allow-net",
  "--allow-read",
  "--allow-write",
  "--allow-env",
  "--allow-run=ssh",
  "--no-prompt",
] as const;

/**
 * One line for a permission Deno did not grant (the bundle run without its
 * flags): what was refused and the command line that works; undefined for
 * any other error.
 */
export function permissionLine(e: unknown): string | undefined {
  if (!(e instanceof Deno.errors.NotCapable)) return undefined;
  const what = /^Requires ([^,]+)/.exec(e.message)?.[1] ?? "a permission";
  const flag = /--allow-[a-z]+/.exec(e.message)?.[0];
  const flags = RUNTIME_PERMISSIONS.filter((f) => f !== "--no-prompt").join(" ");
  return `openstack: Deno refused ${what}${flag ? ` (${flag} is missing)` : ""}; ` +
    `run the bundle as: deno run ${flags} openstack.js …`;
}
