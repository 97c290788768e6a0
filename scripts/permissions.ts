/**
 * The permission flags the shipped binary gets. Tests run the CLI with exactly
 * these, so what passes in tests is what the compiled binary may do.
 */
export { RUNTIME_PERMISSIONS } from "../src/permissions.ts";
