// deno-fmt-ignore-file: one case per line
import { read, V21, VMAX, write, type WriteCase } from "../case.ts";
import { IMAGE, NEVER_MADE } from "../seed.ts";


/** What two fresh servers never share: ids, times, the password Nova made up. */
const SERVER_VOLATILE = ["id", "created", "updated", "adminPass", "OS-EXT-SRV-ATTR:instance_name", "OS-EXT-SRV-ATTR:reservation_id", "OS-SRV-USG:launched_at"];

/**
 * server create --wait at a pinned microversion (python speaks 2.1 unless told), with `extra`
 * options; each client makes its own server.
 */
function serverCreate(name: string, version: string, extra: string, cloud?: "demo"): WriteCase {
  const v = `--os-compute-api-version ${version}`;
  return write({
    name,
    cloud,
    // without a network, Nova takes the only one there is: none of the other cases' may exist
    alone: extra === "",
    create: `${v} server create {name} --flavor m1.tiny --image ${IMAGE} --wait ${extra}`,
    show: `${v} server show {name}`,
    delete: "server delete {name} --wait",
    // the admin project may hold other servers (quota) and networks: a project of its own
    ownProject: cloud !== "demo",
    volatile: SERVER_VOLATILE,
    // the addresses differ; the networks they are on must not
    masks: {
      addresses: (a) => a && typeof a === "object" ? Object.keys(a).sort() : String(a).replace(/=[^;,]*/g, "=<ip>"),
    },
  });
}

export default [
  // server list, at the python client's default microversion and at the cloud's max; --long and
  // -n columns depend on the microversion: python speaks 2.1 unless told, we negotiate the
  // highest, so those are pinned for both
  read("server list"),
  read(`${V21} server list`, { name: "server list 2.1 pinned" }),
  read(`${VMAX} server list`, { name: "server list 2.92" }),
  read(`${V21} server list --long`, { name: "server list --long" }),
  read(`${VMAX} server list --long`, { name: "server list --long 2.92" }),
  read(`${V21} server list --long -f json`, { compare: "json", name: "server list --long -f json" }),
  read(`${VMAX} server list --long -f json`, { compare: "json", name: "server list --long -f json 2.92" }),
  read("server list -f json"),
  read("server list -f value"),
  read("server list -f csv"),
  read("server list -f yaml"),
  read("server list -c ID -c Name"),
  read("server list --sort-column Name -c Name -c Status", { name: "server list --sort-column Name" }),
  read("server list --name server-[12]", { name: "server list --name regex" }),
  read("server list --status SHUTOFF", { name: "server list --status SHUTOFF (empty)" }),
  read(`${V21} server list -n`, { name: "server list -n" }),
  read(`${VMAX} server list -n`, { name: "server list -n 2.92" }),
  read("server list --flavor m1.tiny"),
  read(`server list --image ${IMAGE} -c Name`, { name: "server list --image name" }),
  read("server list --all-projects -c Name --sort-column Name", { name: "server list --all-projects" }),
  read("server list --project demo -c Name", { name: "server list --project demo" }),
  read("server list", { cloud: "demo" }),
  read("server list -c Name -c 'Project ID'", { name: "server list -c 'Project ID'" }),
  read("server list --all-projects -c Name --sort-column Name", { cloud: "admin-system", name: "server list, system scope" }),
  // errors
  read("server list --flavor no-such-flavor", { compare: "error", name: "unknown flavor" }),
  read("server list --marker no-such-server", { compare: "error", name: "unknown marker" }),
  read("server list -c Bogus", { compare: "error", name: "unknown -c column" }),
  read("server list --sort-column Bogus -c Name", { name: "unknown --sort-column is ignored" }),
  read("server list --bogus", { compare: "usage", name: "bad flag" }),
  read("server list --status NOPE", { compare: "usage", name: "bad choice" }),
  read("server list --all-projects", { compare: "error", cloud: "demo", name: "forbidden: --all-projects as demo" }),
  // server show: python speaks 2.1 unless told; pinned at both ends of the range. Table output
  // holds timestamps, but the suite changes none of these resources: exact; -f json: "json"
  read(`${V21} server show server-1`, { name: "server show 2.1", fixture: "server_show_v21" }),
  read(`${VMAX} server show server-1`, { name: "server show 2.92" }),
  read(`${V21} server show server-1 -f json`, { compare: "json", name: "server show -f json 2.1" }),
  read(`${VMAX} server show server-2 -f json`, { compare: "json", name: "server show -f json 2.92" }),
  read("--os-compute-api-version 2.47 server show server-3 -f value", { name: "server show -f value 2.47" }),
  read("--os-compute-api-version 2.71 server show server-3 -f shell", { name: "server show -f shell 2.71" }),
  read("server show server-2 -c name -c status -c addresses", { name: "server show -c" }),
  read(`${V21} server show server-1 --diagnostics`, { name: "server show --diagnostics 2.1", fixture: "server_show_diagnostics" }),
  read(`${VMAX} server show server-1 --diagnostics -f json`, { name: "server show --diagnostics -f json 2.92" }),
  read(`${VMAX} server show server-1 --topology`, { name: "server show --topology 2.92", fixture: "server_show_topology" }),
  read(`${V21} server show demo-server-1`, { cloud: "demo", name: "server show as demo 2.1" }),
  read("server show no-such-server", { compare: "error", name: "server show unknown", fixture: "server_show_not_found" }),
  read("server show server-1", { compare: "error", cloud: "demo", name: "server show: another project's server as demo" }),
  read("server show demo-server-1 --diagnostics", { compare: "error", cloud: "demo", name: "server show --diagnostics forbidden as demo", fixture: "server_show_diagnostics_forbidden" }),
  read(`${V21} server show server-1 --topology`, { compare: "error", name: "server show --topology needs 2.78" }),
  read("server show server-1 --diagnostics --topology", { compare: "usage", name: "server show --diagnostics --topology" }),
  read("server show", { compare: "usage", name: "server show without server" }),
  read("server list --config-drive --progress 100", { name: "server list --config-drive --progress" }),
  read("server list --no-config-drive -f value -c Name", { name: "server list --no-config-drive" }),
  read("server list --progress 0", { compare: "usage" }),
  read("server list --no-config-drive --config-drive", { compare: "usage", name: "server list: exclusive flags, in command-line order" }),
  read("server list --name-lookup-one-by-one -n", { compare: "usage", name: "server list: -n with --name-lookup-one-by-one" }),
  // write commands that fail before changing anything (the writes that succeed: below)
  read(`server create e2e-never-made --image ${IMAGE}`, { compare: "usage", name: "server create: no flavor" }),
  read("server create e2e-never-made --flavor m1.tiny", { compare: "usage", name: "server create: no image or volume" }),
  read("server create e2e-never-made --flavor m1.tiny --image e2e-nope", { compare: "error", name: "server create: unknown image" }),
  read(`server create e2e-never-made --flavor e2e-nope --image ${IMAGE}`, { compare: "error", name: "server create: unknown flavor" }),
  read(`${NEVER_MADE} --network a,b`, { compare: "error", name: "server create: a --network value with a comma" }),
  read(`${NEVER_MADE} --security-group default`, { compare: "error", name: "server create: a security group name admin sees in several projects" }),
  read(`${NEVER_MADE} --min 3 --max 2`, { compare: "error", name: "server create: min above max" }),
  read("server delete e2e-no-such-server", { compare: "error", name: "server delete: unknown name" }),
  // recorded for the unit tests only
  read(`${VMAX} server show server-1 -f json`, { fixture: "server_show_v292_json", live: false }),
  read(`${VMAX} server show server-2 -f yaml`, { fixture: "server_show_v292_yaml", live: false }),
  // writes; without a network: python 6.0 (novaclient) sends no "networks" at 2.1 and Nova picks
  serverCreate("server create --wait without a network (2.1)", "2.1", ""),
  serverCreate("server create --wait (2.1)", "2.1", "--network private"),
  serverCreate("server create --wait with nic, tag, property, description, hostname (2.92)", "2.92", "--nic net-id=private --tag e2e --property purpose=e2e --property owner=ci --description 'made by the e2e suite' --hostname e2e-host"),
  // as demo, "default" names one security group (admin sees every project's)
  serverCreate("server create as demo with a security group (2.92)", "2.92", "--network private --security-group default", "demo"),
];
