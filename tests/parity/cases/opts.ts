/**
 * Parity cases for the python 6.0 options finished in issue 8 item 7 (server
 * create's block devices, image property, files, host, trusted certs, config
 * drive; network create --qos-policy, --extra-property; the shell
 * formatter's --variable): commands that fail before anything is made, and
 * reads. Successful writes: write_cases_opts.ts.
 */
import { type Cloud, type Compare, read } from "../case.ts";

/** The cases as first written (argv as word lists); made into read() cases below. */
interface Written {
  name: string;
  argv: string[];
  compare: Compare;
  cloud?: Cloud;
}

const IMAGE = "cirros-0.6.2-x86_64-disk";
const create = (version: string, ...extra: string[]) => [
  ...["--os-compute-api-version", version, "server", "create", "e2e-never-made"],
  ...["--flavor", "m1.tiny", ...extra],
];
const img = ["--image", IMAGE];

const written: Written[] = [
  {
    name: "server create --host before 2.74",
    argv: create("2.73", ...img, "--host", "h"),
    compare: "error",
  },
  {
    name: "server create --hypervisor-hostname at 2.1",
    argv: create("2.1", ...img, "--hypervisor-hostname", "h"),
    compare: "error",
  },
  {
    name: "server create --trusted-image-cert before 2.63",
    argv: create("2.62", ...img, "--trusted-image-cert", "c"),
    compare: "error",
  },
  {
    name: "server create --trusted-image-cert with --boot-from-volume",
    argv: create("2.63", ...img, "--boot-from-volume", "1", "--trusted-image-cert", "c"),
    compare: "error",
  },
  {
    name: "server create --file at 2.92",
    argv: create("2.92", ...img, "--file", "/etc/x=/etc/os-release"),
    compare: "error",
  },
  {
    name: "server create --file from a missing file",
    argv: create("2.1", ...img, "--file", "/etc/x=/e2e/no/such/file"),
    compare: "error",
  },
  {
    name: "server create --snapshot unknown",
    argv: create("2.1", "--snapshot", "e2e-no-such-snapshot"),
    compare: "error",
  },
  {
    name: "server create --block-device-mapping of an unknown volume",
    argv: create("2.1", ...img, "--block-device-mapping", "vdb=e2e-no-such-volume"),
    compare: "error",
  },
  {
    name: "server create --block-device-mapping of an unknown image",
    argv: create("2.1", ...img, "--block-device-mapping", "vdb=e2e-no-such-image:image"),
    compare: "error",
  },
  {
    name: "server create --block-device with a bad source_type",
    argv: create("2.1", ...img, "--block-device", "source_type=tape"),
    compare: "error",
  },
  {
    name: "server create --image-property that no image has",
    argv: create("2.1", "--image-property", "os_distro=e2e-nope"),
    compare: "error",
  },
  {
    name: "server create --swap larger than the flavor allows (Nova's refusal)",
    argv: create("2.1", ...img, "--swap", "1024"),
    compare: "error",
  },
  {
    name: "server create --ephemeral larger than the flavor allows (Nova's refusal)",
    argv: create("2.1", ...img, "--ephemeral", "size=5"),
    compare: "error",
  },
  {
    name: "network create --qos-policy (no QoS plugin in Neutron)",
    argv: ["network", "create", "e2e-never-made", "--qos-policy", "e2e-nope"],
    compare: "error",
  },
  {
    name: "network create --extra-property with a bad int",
    argv: ["network", "create", "e2e-never-made", "--extra-property", "type=int,name=mtu,value=x"],
    compare: "error",
  },
  {
    name: "network create --extra-property that Neutron does not know",
    argv: ["network", "create", "e2e-never-made", "--extra-property", "name=e2e_nope,value=1"],
    compare: "error",
  },
  {
    name: "network show -f shell --variable, with -c",
    argv: [
      ...["network", "show", "private", "-f", "shell", "-c", "id", "-c", "name", "-c", "status"],
      ...["--variable", "name", "--variable", "status", "--variable", "mtu"],
    ],
    compare: "exact",
  },
  {
    name: "server show -f shell --variable with a raw name",
    argv: [
      ...["--os-compute-api-version", "2.1", "server", "show", "server-1", "-f", "shell"],
      ...["--variable", "os-ext-sts:vm_state", "--variable", "id", "--prefix", "s_"],
    ],
    compare: "exact",
  },
];

export default written.map((c) =>
  read(c.argv, { name: c.name, compare: c.compare, cloud: c.cloud })
);
