/**
 * The permission flags the shipped binary gets. Tests run the CLI with exactly
 * these, so what passes in tests is what the compiled binary may do.
 * No --allow-run, no --allow-ffi, no --allow-sys.
 */
export const RUNTIME_PERMISSIONS = [
  "--allow-net",
  "--allow-read",
  "--allow-write",
  "--allow-env",
  "--no-prompt",
] as const;
