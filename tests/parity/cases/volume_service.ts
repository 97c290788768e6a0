// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

/**
 * "Updated At" moves with every heartbeat, so the lists leave it out. cinder-volume is shared by
 * every suite: nothing here disables it (enabling the enabled service changes nothing).
 */
const STABLE = "-c Binary -c Host -c Zone -c Status -c State";

export default [
  read(`volume service list ${STABLE}`, { name: "volume service list" }),
  read(`volume service list --long ${STABLE} -c 'Disabled Reason'`, { name: "volume service list --long" }),
  read(`volume service list --host oscloud@fake --service cinder-volume ${STABLE}`, { name: "volume service list --host --service" }),
  read("volume service list --host e2e-nohost", { name: "volume service list --host unknown (empty)" }),
  read("volume service set oscloud@fake cinder-volume --enable", { name: "volume service set --enable (already enabled)" }),
  read("volume service set e2e-nohost cinder-volume --enable", { compare: "error", name: "volume service set: unknown host" }),
  read("volume service set e2e-nohost cinder-volume --disable --disable-reason e2e", { compare: "error", name: "volume service set --disable-reason: unknown host" }),
  read("volume service set oscloud@fake cinder-volume --disable-reason e2e", { compare: "error", name: "volume service set --disable-reason without --disable" }),
  read("volume service set oscloud@fake cinder-volume --enable --disable", { compare: "usage", name: "volume service set: both flags" }),
  read("volume host set e2e-nohost --enable", { compare: "error", name: "volume host set --enable: unknown host" }),
  read("volume host set e2e-nohost --disable", { compare: "error", name: "volume host set --disable: unknown host" }),
  read("volume host set oscloud@fake --enable --disable", { compare: "usage", name: "volume host set: both flags" }),
];
