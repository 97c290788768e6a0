/**
 * Cloud names for completing `--os-cloud`, read when the shell asks: the
 * clouds of the clouds.yaml and secure.yaml that a command would read (same
 * search path), and the environment's cloud when OS_* variables make one.
 */
import type { Deps } from "../context.ts";
import { configCandidates } from "../config/search_path.ts";
import { loadFirstFile } from "../config/files.ts";
import { cloudsMapping, documentMapping } from "../config/shape.ts";
import { envCloud, envCloudName } from "../config/envvars.ts";

export async function cloudNames(deps: Pick<Deps, "env" | "cwd" | "fs">): Promise<string[]> {
  const candidates = configCandidates(deps.env, deps.cwd);
  const names = new Set<string>();
  for (const list of [candidates.clouds, candidates.secure]) {
    try {
      const file = await loadFirstFile(list, deps.fs);
      if (!file) continue;
      for (const n of Object.keys(cloudsMapping(documentMapping(file.doc, file.path), file.path))) {
        names.add(n);
      }
    } catch {
      // a broken file completes nothing; the command itself will say what is wrong
    }
  }
  if (envCloud(deps.env)) names.add(envCloudName(deps.env));
  return [...names];
}
