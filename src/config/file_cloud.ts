/**
 * Finding the named cloud in clouds.yaml (+ secure.yaml, + clouds-public.yaml
 * profile) or the "envvars" cloud, and layering profile ← cloud ← region values
 * as loader.py's _get_base_cloud_config and get_one do.
 */
import type { Deps } from "../context.ts";
import { envCloud, envCloudName } from "./envvars.ts";
import { ConfigError } from "./errors.ts";
import { type LoadedFile, loadFirstFile } from "./files.ts";
import { authUpdate, type Dict, isDict, mergeClouds } from "./merge.ts";
import { findExposedSecretFile } from "./permissions.ts";
import { knownRegions, type Region, selectRegion } from "./regions.ts";
import { configCandidates } from "./search_path.ts";
import { cloudSettings, cloudsMapping, documentMapping } from "./shape.ts";

export interface FileCloud {
  name: string;
  /** Normalised settings: profile ← cloud ← region values, without `regions`. */
  settings: Dict;
  regionName?: string;
  /** File the cloud was read from ("environment" for the envvars cloud), for messages. */
  source: string;
  files: string[];
  exposedSecretFile?: string;
  unresolvedProfile?: string;
}

function notFound(name: string, known: readonly string[], anyFile: boolean): ConfigError {
  const tail = known.length > 0
    ? ` Known clouds: ${known.join(", ")}`
    : anyFile
    ? " No clouds are defined."
    : " No clouds.yaml, clouds.yml or clouds.json was found.";
  return new ConfigError(`Cloud ${name} was not found.${tail}`);
}

function scalar(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

async function expandProfile(
  profileName: string,
  candidates: readonly string[],
  fs: Deps["fs"],
): Promise<{ settings?: Dict; file?: LoadedFile }> {
  const file = await loadFirstFile(candidates, fs);
  if (file === undefined) return {};
  const top = documentMapping(file.doc, file.path);
  const publicClouds = top["public-clouds"];
  if (!isDict(publicClouds) || !(profileName in publicClouds)) return { file };
  return {
    file,
    settings: cloudSettings(publicClouds[profileName], file.path, `public-clouds.${profileName}`),
  };
}

export async function loadNamedCloud(
  name: string,
  requestedRegion: string | undefined,
  deps: Pick<Deps, "env" | "cwd" | "fs">,
): Promise<FileCloud> {
  const { env, fs } = deps;
  const candidates = configCandidates(env, deps.cwd);
  const cloudsFile = await loadFirstFile(candidates.clouds, fs);
  const secureFile = await loadFirstFile(candidates.secure, fs);
  const loaded = [cloudsFile, secureFile].filter((f): f is LoadedFile => f !== undefined);

  const known: string[] = [];
  let settings: Dict | undefined;
  let source = "";
  for (const f of loaded) {
    const clouds = cloudsMapping(documentMapping(f.doc, f.path), f.path);
    for (const [n, raw] of Object.entries(clouds)) {
      if (!known.includes(n)) known.push(n);
      if (n !== name) continue;
      settings = mergeClouds(settings ?? {}, cloudSettings(raw, f.path, `clouds.${n}`));
      source ||= f.path;
    }
  }

  const envName = envCloudName(env);
  if (known.includes(envName)) {
    const file = cloudsFile?.path ?? secureFile?.path;
    throw new ConfigError(
      `"${file}" defines a cloud named "${envName}", but OS_CLOUD_NAME is also set to "${envName}". Please rename either your environment based cloud, or one of your file-based clouds.`,
    );
  }
  const fromEnv = envCloud(env);
  const isEnvCloud = fromEnv !== undefined && name === envName;
  if (fromEnv !== undefined) known.push(envName);
  if (isEnvCloud) {
    settings = cloudSettings(fromEnv, "environment", envName);
    source = "environment";
  }
  if (settings === undefined) throw notFound(name, known, loaded.length > 0);

  const files = loaded.map((f) => f.path);
  const keyPath = isEnvCloud ? envName : `clouds.${name}`;
  let regions: Region[] = knownRegions(settings, source, keyPath);

  let layered: Dict = {};
  let unresolvedProfile: string | undefined;
  const profileName = isEnvCloud ? undefined : scalar(settings.profile) ?? scalar(settings.cloud);
  if (profileName !== undefined && profileName !== envName) {
    const profile = await expandProfile(profileName, candidates.vendor, fs);
    if (profile.file) files.push(profile.file.path);
    if (profile.settings && profile.file) {
      layered = authUpdate(layered, profile.settings);
      if (regions.length === 0) {
        regions = knownRegions(profile.settings, profile.file.path, `public-clouds.${profileName}`);
      }
    } else {
      unresolvedProfile = profileName;
    }
  }
  const region = selectRegion(name, regions, requestedRegion);
  layered = authUpdate(layered, settings);
  layered = authUpdate(layered, region.values);
  delete layered.regions;

  return {
    name,
    settings: layered,
    regionName: region.name || undefined,
    source,
    files,
    exposedSecretFile: await findExposedSecretFile(loaded, fs),
    unresolvedProfile,
  };
}
