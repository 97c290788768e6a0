import assert from "node:assert/strict";
import { configCandidates, configSearchDirs } from "../../../src/config/search_path.ts";

// Python facts from:
//   env -i HOME=/home/x /usr/bin/python3 -c \
//     'import openstack.config.loader as l; print(l.CONFIG_SEARCH_PATH, l.CONFIG_FILES[:4])'
// → ['/tmp', '/home/x/.config/openstack', '/home/x/.config/openstack', '/etc/xdg/openstack',
//    '/etc/openstack'] and clouds.yaml, clouds.yml, clouds.json per directory.

Deno.test("search dirs: cwd, ~/.config/openstack, /etc/xdg/openstack, /etc/openstack", () => {
  assert.deepEqual(configSearchDirs({ HOME: "/home/x" }, "/tmp"), [
    "/tmp",
    "/home/x/.config/openstack",
    "/etc/xdg/openstack",
    "/etc/openstack",
  ]);
});

Deno.test("search dirs: $XDG_CONFIG_HOME/openstack comes before ~/.config/openstack", () => {
  // python: XDG_CONFIG_HOME=/xdg → ['/tmp', '/xdg/openstack', '/home/x/.config/openstack', ...]
  assert.deepEqual(configSearchDirs({ HOME: "/home/x", XDG_CONFIG_HOME: "/xdg" }, "/tmp"), [
    "/tmp",
    "/xdg/openstack",
    "/home/x/.config/openstack",
    "/etc/xdg/openstack",
    "/etc/openstack",
  ]);
});

Deno.test("search dirs: no HOME leaves out the user directories", () => {
  assert.deepEqual(configSearchDirs({}, "/w"), ["/w", "/etc/xdg/openstack", "/etc/openstack"]);
});

Deno.test("candidates: yaml, yml, json per directory, directory by directory", () => {
  const c = configCandidates({ HOME: "/home/x" }, "/tmp");
  assert.deepEqual(c.clouds.slice(0, 4), [
    "/tmp/clouds.yaml",
    "/tmp/clouds.yml",
    "/tmp/clouds.json",
    "/home/x/.config/openstack/clouds.yaml",
  ]);
  assert.equal(c.secure[0], "/tmp/secure.yaml");
  assert.equal(c.vendor[0], "/tmp/clouds-public.yaml");
  assert.equal(c.clouds.at(-1), "/etc/openstack/clouds.json");
});

Deno.test("candidates: OS_CLIENT_CONFIG_FILE / OS_CLIENT_SECURE_FILE go first, relative to cwd", () => {
  const c = configCandidates(
    { HOME: "/h", OS_CLIENT_CONFIG_FILE: "my.yaml", OS_CLIENT_SECURE_FILE: "/s/sec.yaml" },
    "/w",
  );
  assert.deepEqual(c.clouds.slice(0, 2), ["/w/my.yaml", "/w/clouds.yaml"]);
  assert.deepEqual(c.secure.slice(0, 2), ["/s/sec.yaml", "/w/secure.yaml"]);
});
