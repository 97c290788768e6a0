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
