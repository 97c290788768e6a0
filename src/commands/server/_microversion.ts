/** The compute microversion checks of python's server commands, in their words. */
import { OscError } from "../../errors.ts";
import { compareVersions } from "../../http/microversion.ts";

/** True when `mv` is at least `min` (no microversion, the legacy 2.0 API, is below all). */
export function computeAtLeast(mv: string | undefined, min: string): boolean {
  return mv !== undefined && compareVersions(mv, min) >= 0;
}

/** "--os-compute-api-version <min> or greater is required to support <what>" */
export function needsCompute(mv: string | undefined, min: string, what: string): void {
  if (!computeAtLeast(mv, min)) {
    throw new OscError(`--os-compute-api-version ${min} or greater is required to support ${what}`);
  }
}
