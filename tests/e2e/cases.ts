/**
 * Parity cases: each runs Debian's python-openstackclient and our CLI with the
 * same arguments against the real test cloud and compares what scripts see.
 * Adding a command's cases is a few lines here.
 *
 * compare:
 *  - "exact":  stdout and exit code byte for byte (tables, value, csv)
 *  - "json":   stdout parsed as JSON, volatile fields normalised, deep-equal
 *  - "error":  exit code, and stderr with request ids normalised
 *  - "error-extended": like "error", but our line may add to python's (e.g. the
 *              known cloud names after "Cloud x was not found.")
 *  - "usage":  exit code, and the last line of stderr (we print argparse's
 *              error line without the multi-line usage block before it)
 *  - "did-you-mean": exit code, the first two lines of stdout, and every
 *              candidate we offer is among python's (python knows more commands)
 */
export interface ParityCase {
  name: string;
  argv: string[];
  cloud?: "admin" | "demo" | "admin-system";
  compare: "exact" | "json" | "error" | "error-extended" | "usage" | "did-you-mean";
}

const V21 = ["--os-compute-api-version", "2.1"];
// python-openstackclient 6.0 knows compute microversions up to 2.92
const VMAX = ["--os-compute-api-version", "2.92"];

export const cases: ParityCase[] = [
  // server list, at the python client's default microversion and at the cloud's max
  { name: "server list", argv: ["server", "list"], compare: "exact" },
  { name: "server list 2.1 pinned", argv: [...V21, "server", "list"], compare: "exact" },
  { name: "server list 2.92", argv: [...VMAX, "server", "list"], compare: "exact" },
  // --long and -n columns depend on the microversion: python speaks 2.1 unless told,
  // we negotiate the highest; pinned here so both show the same columns
  { name: "server list --long", argv: [...V21, "server", "list", "--long"], compare: "exact" },
  {
    name: "server list --long 2.92",
    argv: [...VMAX, "server", "list", "--long"],
    compare: "exact",
  },
  {
    name: "server list --long -f json",
    argv: [...V21, "server", "list", "--long", "-f", "json"],
    compare: "json",
  },
  {
    name: "server list --long -f json 2.92",
    argv: [...VMAX, "server", "list", "--long", "-f", "json"],
    compare: "json",
  },
  { name: "server list -f json", argv: ["server", "list", "-f", "json"], compare: "exact" },
  { name: "server list -f value", argv: ["server", "list", "-f", "value"], compare: "exact" },
  { name: "server list -f csv", argv: ["server", "list", "-f", "csv"], compare: "exact" },
  { name: "server list -f yaml", argv: ["server", "list", "-f", "yaml"], compare: "exact" },
  {
    name: "server list -c ID -c Name",
    argv: ["server", "list", "-c", "ID", "-c", "Name"],
    compare: "exact",
  },
  {
    name: "server list --sort-column Name",
    argv: ["server", "list", "--sort-column", "Name", "-c", "Name", "-c", "Status"],
    compare: "exact",
  },
  {
    name: "server list --name regex",
    argv: ["server", "list", "--name", "server-[12]"],
    compare: "exact",
  },
  {
    name: "server list --status SHUTOFF (empty)",
    argv: ["server", "list", "--status", "SHUTOFF"],
    compare: "exact",
  },
  { name: "server list -n", argv: [...V21, "server", "list", "-n"], compare: "exact" },
  { name: "server list -n 2.92", argv: [...VMAX, "server", "list", "-n"], compare: "exact" },
  {
    name: "server list --flavor m1.tiny",
    argv: ["server", "list", "--flavor", "m1.tiny"],
    compare: "exact",
  },
  {
    name: "server list --image name",
    argv: ["server", "list", "--image", "cirros-0.6.2-x86_64-disk", "-c", "Name"],
    compare: "exact",
  },
  {
    name: "server list --all-projects",
    argv: ["server", "list", "--all-projects", "-c", "Name", "--sort-column", "Name"],
    compare: "exact",
  },
  {
    name: "server list --project demo",
    argv: ["server", "list", "--project", "demo", "-c", "Name"],
    compare: "exact",
  },
  { name: "server list as demo", argv: ["server", "list"], cloud: "demo", compare: "exact" },
  {
    name: "server list -c 'Project ID'",
    argv: ["server", "list", "-c", "Name", "-c", "Project ID"],
    compare: "exact",
  },
  {
    name: "server list, system scope",
    argv: ["server", "list", "--all-projects", "-c", "Name", "--sort-column", "Name"],
    cloud: "admin-system",
    compare: "exact",
  },
  // errors
  {
    name: "unknown flavor",
    argv: ["server", "list", "--flavor", "no-such-flavor"],
    compare: "error",
  },
  {
    name: "unknown marker",
    argv: ["server", "list", "--marker", "no-such-server"],
    compare: "error",
  },
  { name: "wrong password", argv: ["--os-password", "wrong", "server", "list"], compare: "error" },
  { name: "unknown -c column", argv: ["server", "list", "-c", "Bogus"], compare: "error" },
  {
    name: "unknown --sort-column is ignored",
    argv: ["server", "list", "--sort-column", "Bogus", "-c", "Name"],
    compare: "exact",
  },
  { name: "bad flag", argv: ["server", "list", "--bogus"], compare: "usage" },
  { name: "bad choice", argv: ["server", "list", "--status", "NOPE"], compare: "usage" },
  { name: "unknown command", argv: ["server", "lst"], compare: "did-you-mean" },
  { name: "unknown command, typo", argv: ["sever", "list"], compare: "did-you-mean" },
  {
    name: "unknown cloud",
    argv: ["--os-cloud", "nope", "server", "list"],
    compare: "error-extended",
  },
  {
    name: "forbidden: --all-projects as demo",
    argv: ["server", "list", "--all-projects"],
    cloud: "demo",
    compare: "error",
  },
];

// ---- read commands: server show, flavor, image, network, volume, project, token ----
// Table output of show commands holds timestamps; the resources are not changed
// by the suite, so they compare exactly. -f json goes through "json" (volatile keys).
const IMAGE = "cirros-0.6.2-x86_64-disk";
/** A server create that must fail before anything is made (the extra option decides how). */
const NEVER_MADE = ["server", "create", "e2e-never-made", "--flavor", "m1.tiny", "--image", IMAGE];

cases.push(
  // server show: python speaks 2.1 unless told; pinned at both ends of the range
  { name: "server show 2.1", argv: [...V21, "server", "show", "server-1"], compare: "exact" },
  { name: "server show 2.92", argv: [...VMAX, "server", "show", "server-1"], compare: "exact" },
  {
    name: "server show -f json 2.1",
    argv: [...V21, "server", "show", "server-1", "-f", "json"],
    compare: "json",
  },
  {
    name: "server show -f json 2.92",
    argv: [...VMAX, "server", "show", "server-2", "-f", "json"],
    compare: "json",
  },
  {
    name: "server show -f value 2.47",
    argv: ["--os-compute-api-version", "2.47", "server", "show", "server-3", "-f", "value"],
    compare: "exact",
  },
  {
    name: "server show -f shell 2.71",
    argv: ["--os-compute-api-version", "2.71", "server", "show", "server-3", "-f", "shell"],
    compare: "exact",
  },
  {
    name: "server show -c",
    argv: ["server", "show", "server-2", "-c", "name", "-c", "status", "-c", "addresses"],
    compare: "exact",
  },
  {
    name: "server show --diagnostics 2.1",
    argv: [...V21, "server", "show", "server-1", "--diagnostics"],
    compare: "exact",
  },
  {
    name: "server show --diagnostics -f json 2.92",
    argv: [...VMAX, "server", "show", "server-1", "--diagnostics", "-f", "json"],
    compare: "exact",
  },
  {
    name: "server show --topology 2.92",
    argv: [...VMAX, "server", "show", "server-1", "--topology"],
    compare: "exact",
  },
  {
    name: "server show as demo 2.1",
    argv: [...V21, "server", "show", "demo-server-1"],
    cloud: "demo",
    compare: "exact",
  },
  { name: "server show unknown", argv: ["server", "show", "no-such-server"], compare: "error" },
  {
    name: "server show: another project's server as demo",
    argv: ["server", "show", "server-1"],
    cloud: "demo",
    compare: "error",
  },
  {
    name: "server show --diagnostics forbidden as demo",
    argv: ["server", "show", "demo-server-1", "--diagnostics"],
    cloud: "demo",
    compare: "error",
  },
  {
    name: "server show --topology needs 2.78",
    argv: [...V21, "server", "show", "server-1", "--topology"],
    compare: "error",
  },
  {
    name: "server show --diagnostics --topology",
    argv: ["server", "show", "server-1", "--diagnostics", "--topology"],
    compare: "usage",
  },
  { name: "server show without server", argv: ["server", "show"], compare: "usage" },
  // flavor list / show (openstacksdk: microversion ≤ 2.61 unless pinned)
  { name: "flavor list", argv: ["flavor", "list"], compare: "exact" },
  { name: "flavor list --long", argv: ["flavor", "list", "--long"], compare: "exact" },
  {
    name: "flavor list --long -f json",
    argv: ["flavor", "list", "--long", "-f", "json"],
    compare: "exact",
  },
  {
    name: "flavor list --long -f yaml",
    argv: ["flavor", "list", "--long", "-f", "yaml"],
    compare: "exact",
  },
  {
    name: "flavor list --long -f csv",
    argv: ["flavor", "list", "--long", "-f", "csv"],
    compare: "exact",
  },
  {
    name: "flavor list --long 2.1",
    argv: [...V21, "flavor", "list", "--long", "-f", "value"],
    compare: "exact",
  },
  {
    name: "flavor list --long 2.92 (swap 0)",
    argv: [...VMAX, "flavor", "list", "--long"],
    compare: "exact",
  },
  { name: "flavor list --all", argv: ["flavor", "list", "--all"], compare: "exact" },
  {
    name: "flavor list --private (empty)",
    argv: ["flavor", "list", "--private"],
    compare: "exact",
  },
  {
    name: "flavor list --limit 1 --min-ram 1024",
    argv: ["flavor", "list", "--limit", "1", "--min-ram", "1024"],
    compare: "exact",
  },
  {
    name: "flavor list --sort-column RAM desc",
    argv: ["flavor", "list", "--sort-column", "RAM", "--sort-descending"],
    compare: "exact",
  },
  { name: "flavor list as demo", argv: ["flavor", "list"], cloud: "demo", compare: "exact" },
  { name: "flavor show", argv: ["flavor", "show", "m1.tiny"], compare: "exact" },
  {
    name: "flavor show by id -f json",
    argv: ["flavor", "show", "2", "-f", "json"],
    compare: "exact",
  },
  {
    name: "flavor show -f shell 2.1",
    argv: [...V21, "flavor", "show", "m1.small", "-f", "shell"],
    compare: "exact",
  },
  { name: "flavor show unknown", argv: ["flavor", "show", "no-such-flavor"], compare: "error" },
  {
    name: "flavor list --marker unknown",
    argv: ["flavor", "list", "--marker", "no-such-flavor"],
    compare: "error",
  },
  {
    name: "flavor list --public --private",
    argv: ["flavor", "list", "--public", "--private"],
    compare: "usage",
  },
  // image list / show
  { name: "image list", argv: ["image", "list"], compare: "exact" },
  { name: "image list --long", argv: ["image", "list", "--long"], compare: "exact" },
  {
    name: "image list --long -f json",
    argv: ["image", "list", "--long", "-f", "json"],
    compare: "exact",
  },
  { name: "image list --public", argv: ["image", "list", "--public"], compare: "exact" },
  { name: "image list --private (empty)", argv: ["image", "list", "--private"], compare: "exact" },
  {
    name: "image list --name --status --limit",
    argv: ["image", "list", "--name", IMAGE, "--status", "active", "--limit", "1", "-f", "csv"],
    compare: "exact",
  },
  {
    name: "image list --sort size:desc,name --long",
    argv: ["image", "list", "--sort", "size:desc,name", "--long", "-f", "value"],
    compare: "exact",
  },
  {
    name: "image list --property (attribute)",
    argv: ["image", "list", "--property", "visibility=public"],
    compare: "exact",
  },
  {
    name: "image list --property (extra property)",
    argv: ["image", "list", "--property", `owner_specified.openstack.object=images/${IMAGE}`],
    compare: "exact",
  },
  {
    name: "image list --member-status ACCEPTED --project admin",
    argv: ["image", "list", "--member-status", "ACCEPTED", "--project", "admin"],
    compare: "exact",
  },
  {
    name: "image list --marker (empty after it)",
    argv: ["image", "list", "--marker", IMAGE],
    compare: "exact",
  },
  { name: "image list as demo", argv: ["image", "list"], cloud: "demo", compare: "exact" },
  { name: "image show", argv: ["image", "show", IMAGE], compare: "exact" },
  { name: "image show -f json", argv: ["image", "show", IMAGE, "-f", "json"], compare: "json" },
  {
    name: "image show --human-readable -c size -c properties",
    argv: ["image", "show", "--human-readable", IMAGE, "-c", "size", "-c", "properties"],
    compare: "exact",
  },
  { name: "image show unknown", argv: ["image", "show", "no-such-image"], compare: "error" },
  {
    name: "image list --sort unknown key",
    argv: ["image", "list", "--sort", "foo"],
    compare: "error",
  },
  {
    name: "image list --sort bad direction",
    argv: ["image", "list", "--sort", "name:up"],
    compare: "error",
  },
  {
    name: "image list --property without =",
    argv: ["image", "list", "--property", "foo"],
    compare: "error",
  },
  {
    name: "image list --member-status bad",
    argv: ["image", "list", "--member-status", "bogus"],
    compare: "usage",
  },
  // network list / show
  { name: "network list", argv: ["network", "list"], compare: "exact" },
  { name: "network list --long", argv: ["network", "list", "--long"], compare: "exact" },
  {
    name: "network list --long -f json",
    argv: ["network", "list", "--long", "-f", "json"],
    compare: "exact",
  },
  {
    name: "network list filters",
    argv: [
      "network",
      "list",
      "--internal",
      "--share",
      "--enable",
      "--status",
      "ACTIVE",
      "--name",
      "private",
    ],
    compare: "exact",
  },
  {
    name: "network list --external (empty)",
    argv: ["network", "list", "--external"],
    compare: "exact",
  },
  {
    name: "network list --project admin --long -f yaml",
    argv: ["network", "list", "--project", "admin", "--long", "-f", "yaml"],
    compare: "exact",
  },
  {
    name: "network list --long as demo",
    argv: ["network", "list", "--long"],
    cloud: "demo",
    compare: "exact",
  },
  { name: "network show", argv: ["network", "show", "private"], compare: "exact" },
  {
    name: "network show -f json",
    argv: ["network", "show", "private", "-f", "json"],
    compare: "json",
  },
  {
    name: "network show as demo",
    argv: ["network", "show", "private", "-f", "value"],
    cloud: "demo",
    compare: "exact",
  },
  { name: "network show unknown", argv: ["network", "show", "no-such-network"], compare: "error" },
  {
    name: "network list --agent unknown",
    argv: ["network", "list", "--agent", "no-such-agent"],
    compare: "error",
  },
  {
    name: "network list --external --internal",
    argv: ["network", "list", "--external", "--internal"],
    compare: "usage",
  },
  // volume list / show
  { name: "volume list", argv: ["volume", "list"], compare: "exact" },
  { name: "volume list --long", argv: ["volume", "list", "--long"], compare: "exact" },
  {
    name: "volume list --long -f json",
    argv: ["volume", "list", "--long", "-f", "json"],
    compare: "exact",
  },
  {
    name: "volume list --all-projects --name --status",
    argv: ["volume", "list", "--all-projects", "--name", "volume-1", "--status", "available"],
    compare: "exact",
  },
  {
    name: "volume list --project demo (empty)",
    argv: ["volume", "list", "--project", "demo"],
    compare: "exact",
  },
  {
    name: "volume list -c 'Display Name'",
    argv: ["volume", "list", "-c", "Display Name", "-c", "Status"],
    compare: "exact",
  },
  {
    name: "volume list as demo",
    argv: ["volume", "list", "--all-projects"],
    cloud: "demo",
    compare: "exact",
  },
  { name: "volume show", argv: ["volume", "show", "volume-1"], compare: "exact" },
  {
    name: "volume show -f json",
    argv: ["volume", "show", "volume-1", "-f", "json"],
    compare: "json",
  },
  { name: "volume show unknown", argv: ["volume", "show", "no-such-volume"], compare: "error" },
  {
    name: "volume show: another project's volume as demo",
    argv: ["volume", "show", "volume-1"],
    cloud: "demo",
    compare: "error",
  },
  {
    name: "volume list --limit negative",
    argv: ["volume", "list", "--limit", "-1"],
    compare: "error",
  },
  {
    name: "volume list --marker unknown",
    argv: ["volume", "list", "--marker", "no-such-volume"],
    compare: "error",
  },
  // project list
  { name: "project list", argv: ["project", "list"], compare: "exact" },
  { name: "project list --long", argv: ["project", "list", "--long"], compare: "exact" },
  {
    name: "project list --long -f json",
    argv: ["project", "list", "--long", "-f", "json"],
    compare: "exact",
  },
  {
    name: "project list --domain --sort",
    argv: ["project", "list", "--domain", "Default", "--sort", "name:desc"],
    compare: "exact",
  },
  {
    name: "project list --user demo",
    argv: ["project", "list", "--user", "demo"],
    compare: "exact",
  },
  {
    name: "project list --my-projects",
    argv: ["project", "list", "--my-projects"],
    compare: "exact",
  },
  {
    name: "project list as demo (own projects)",
    argv: ["project", "list", "--long"],
    cloud: "demo",
    compare: "exact",
  },
  {
    name: "project list --domain unknown",
    argv: ["project", "list", "--domain", "no-such-domain"],
    compare: "error",
  },
  {
    name: "project list --user unknown",
    argv: ["project", "list", "--user", "no-such-user"],
    compare: "error",
  },
  {
    name: "project list --domain forbidden as demo",
    argv: ["project", "list", "--domain", "default"],
    cloud: "demo",
    compare: "error",
  },
  {
    name: "project list --user forbidden as demo",
    argv: ["project", "list", "--user", "admin"],
    cloud: "demo",
    compare: "error",
  },
  {
    name: "project list --sort unknown key",
    argv: ["project", "list", "--sort", "bogus"],
    compare: "error",
  },
  {
    name: "server list --config-drive --progress",
    argv: ["server", "list", "--config-drive", "--progress", "100"],
    compare: "exact",
  },
  {
    name: "server list --no-config-drive",
    argv: ["server", "list", "--no-config-drive", "-f", "value", "-c", "Name"],
    compare: "exact",
  },
  {
    name: "server list --progress 0",
    argv: ["server", "list", "--progress", "0"],
    compare: "usage",
  },
  {
    name: "server list: exclusive flags, in command-line order",
    argv: ["server", "list", "--no-config-drive", "--config-drive"],
    compare: "usage",
  },
  {
    name: "server list: -n with --name-lookup-one-by-one",
    argv: ["server", "list", "--name-lookup-one-by-one", "-n"],
    compare: "usage",
  },
  // write commands that fail before changing anything (successful writes: write_cases.ts)
  {
    name: "network create: MTU above the maximum",
    argv: ["network", "create", "e2e-never-made", "--mtu", "99999"],
    compare: "error",
  },
  {
    name: "network create: conflicting flags",
    argv: ["network", "create", "e2e-never-made", "--enable", "--disable"],
    compare: "usage",
  },
  {
    name: "network create: conflicting flags, the other way round",
    argv: ["network", "create", "e2e-never-made", "--no-tag", "--tag", "x"],
    compare: "usage",
  },
  {
    name: "network delete: unknown names",
    argv: ["network", "delete", "e2e-no-such-net", "e2e-no-such-net-2"],
    compare: "error",
  },
  {
    name: "network delete: the demo user may not delete the shared network",
    argv: ["network", "delete", "private"],
    cloud: "demo",
    compare: "error",
  },
  {
    name: "server create: no flavor",
    argv: ["server", "create", "e2e-never-made", "--image", IMAGE],
    compare: "usage",
  },
  {
    name: "server create: no image or volume",
    argv: ["server", "create", "e2e-never-made", "--flavor", "m1.tiny"],
    compare: "usage",
  },
  {
    name: "server create: unknown image",
    argv: ["server", "create", "e2e-never-made", "--flavor", "m1.tiny", "--image", "e2e-nope"],
    compare: "error",
  },
  {
    name: "server create: unknown flavor",
    argv: ["server", "create", "e2e-never-made", "--flavor", "e2e-nope", "--image", IMAGE],
    compare: "error",
  },
  {
    name: "server create: a --network value with a comma",
    argv: [...NEVER_MADE, "--network", "a,b"],
    compare: "error",
  },
  {
    name: "server create: a security group name admin sees in several projects",
    argv: [...NEVER_MADE, "--security-group", "default"],
    compare: "error",
  },
  {
    name: "server create: min above max",
    argv: [...NEVER_MADE, "--min", "3", "--max", "2"],
    compare: "error",
  },
  {
    name: "server delete: unknown name",
    argv: ["server", "delete", "e2e-no-such-server"],
    compare: "error",
  },
  {
    name: "volume create: no size and no source",
    argv: ["volume", "create", "e2e-never-made"],
    compare: "error",
  },
  {
    name: "volume create: a size Cinder refuses",
    argv: ["volume", "create", "e2e-never-made", "--size", "0"],
    compare: "error",
  },
  {
    name: "volume create: unknown type",
    argv: ["volume", "create", "e2e-never-made", "--size", "1", "--type", "e2e-nope"],
    compare: "error",
  },
  {
    name: "volume delete: unknown names",
    argv: ["volume", "delete", "e2e-no-such-volume", "e2e-no-such-volume-2"],
    compare: "error",
  },
  // token issue: the id and expiry differ per call; compare the rest
  {
    name: "token issue",
    argv: ["token", "issue", "-c", "project_id", "-c", "user_id"],
    compare: "exact",
  },
  {
    name: "token issue -f json (expires normalised)",
    argv: ["token", "issue", "-f", "json", "-c", "expires", "-c", "project_id", "-c", "user_id"],
    compare: "json",
  },
  {
    name: "token issue, system scope",
    argv: ["token", "issue", "-c", "system", "-c", "user_id", "-f", "shell"],
    cloud: "admin-system",
    compare: "exact",
  },
  {
    name: "token issue as demo",
    argv: ["token", "issue", "-c", "project_id"],
    cloud: "demo",
    compare: "exact",
  },
);
