/**
 * Where clouds.yaml, secure.yaml and clouds-public.yaml are looked for, in the
 * order of openstacksdk's loader.py (CONFIG_SEARCH_PATH × .yaml/.yml/.json).
 */

type Env = Readonly<Record<string, string | undefined>>;

export interface ConfigCandidates {
  clouds: string[];
  secure: string[];
  vendor: string[];
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v === "" ? undefined : v;
}

export function joinPath(dir: string, name: string): string {
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/** Absolute form of a path given relative to cwd (as python would open it). */
export function absolutePath(path: string, cwd: string): string {
  return path.startsWith("/") ? path : joinPath(cwd, path);
}

/** "~" and "~/x" expanded with $HOME, as os.path.expanduser does. */
export function expandUser(path: string, env: Env): string {
  const home = nonEmpty(env.HOME);
  if (home === undefined) return path;
  if (path === "~") return home;
  if (path.startsWith("~/")) return joinPath(home, path.slice(2));
  return path;
}

/**
 * cwd, $XDG_CONFIG_HOME/openstack (else ~/.config/openstack), ~/.config/openstack
 * ($SNAP_REAL_HOME instead of $HOME when set), $XDG_CONFIG_DIRS/openstack (else
 * /etc/xdg/openstack), /etc/openstack. Duplicates removed.
 */
export function configSearchDirs(env: Env, cwd: string): string[] {
  const home = nonEmpty(env.HOME);
  const dirs: string[] = [cwd];
  const xdgHome = nonEmpty(env.XDG_CONFIG_HOME);
  if (xdgHome !== undefined) dirs.push(joinPath(absolutePath(xdgHome, cwd), "openstack"));
  else if (home !== undefined) dirs.push(joinPath(home, ".config/openstack"));
  const unixHome = nonEmpty(env.SNAP_REAL_HOME) ?? home;
  if (unixHome !== undefined) dirs.push(joinPath(unixHome, ".config/openstack"));
  const siteDirs = (nonEmpty(env.XDG_CONFIG_DIRS) ?? "/etc/xdg").split(":").filter((d) => d);
  for (const d of siteDirs) {
    dirs.push(joinPath(absolutePath(d.replace(/\/+$/, ""), cwd), "openstack"));
  }
  dirs.push("/etc/openstack");
  return [...new Set(dirs)];
}

const SUFFIXES = [".yaml", ".yml", ".json"];

function filesNamed(dirs: readonly string[], base: string): string[] {
  return dirs.flatMap((d) => SUFFIXES.map((s) => joinPath(d, base + s)));
}

/** Candidate files, first existing one wins; OS_CLIENT_CONFIG_FILE / OS_CLIENT_SECURE_FILE go first. */
export function configCandidates(env: Env, cwd: string): ConfigCandidates {
  const dirs = configSearchDirs(env, cwd);
  const clouds = filesNamed(dirs, "clouds");
  const secure = filesNamed(dirs, "secure");
  const cloudsOverride = nonEmpty(env.OS_CLIENT_CONFIG_FILE);
  if (cloudsOverride !== undefined) clouds.unshift(absolutePath(cloudsOverride, cwd));
  const secureOverride = nonEmpty(env.OS_CLIENT_SECURE_FILE);
  if (secureOverride !== undefined) secure.unshift(absolutePath(secureOverride, cwd));
  return { clouds, secure, vendor: filesNamed(dirs, "clouds-public") };
}
