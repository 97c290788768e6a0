/** The environment both clients get for the e2e suites: the test cloud's clouds.yaml, one cloud. */
import { baseEnv } from "../helpers/cli.ts";

const CLOUDS_YAML = Deno.env.get("OSC_E2E_CLOUDS") ?? "/var/tmp/oscloud/clouds.yaml";

/** `cacheDir`: this suite's token cache (XDG_CACHE_HOME), apart from the user's. */
export function cloudEnv(cloud: string | undefined, cacheDir: string): Record<string, string> {
  return baseEnv({
    OS_CLIENT_CONFIG_FILE: CLOUDS_YAML,
    OS_CLOUD: cloud ?? "admin",
    XDG_CACHE_HOME: cacheDir,
  });
}
