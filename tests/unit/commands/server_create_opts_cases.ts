/**
 * server create's block device, image-property, file, host, trusted-cert and
 * config-drive options: cases run by both clients against the fake cloud
 * (golden dataset) with a small Cinder answered here. The python client's
 * answers are recorded by server_create_opts_record.ts into
 * tests/fixtures/server_create_opts_python.json; server_create_opts_test.ts runs
 * ours and compares. Nova there refuses POST /servers (405): the request body
 * is what is compared.
 */
import type { FakeCloudOptions } from "../../fake_cloud/server.ts";

export const IMAGE = "cirros-0.6.2-x86_64-disk";
export const VOLUME = { id: "5a1e0000-0000-4000-8000-0000000000f1", name: "vol-a", size: 1 };
export const SNAPSHOT = { id: "5a1e0000-0000-4000-8000-0000000000f2", name: "snap-a", size: 2 };

/** Files the cases name as {dir}/<name>: the recorder writes them, the test fakes them. */
export const FILES: Record<string, Uint8Array> = {
  "a.txt": new TextEncoder().encode("hello\n"),
  "bin.dat": new Uint8Array([0, 255, 128, 10, 0xc3]),
  "bdm.json": new TextEncoder().encode(
    '{"source_type": "blank", "volume_size": 1, "delete_on_termination": 1, "boot_index": "1"}',
  ),
  "bdm_bad.json": new TextEncoder().encode('{"uuid": "x", "foo": 1}'),
};

export interface OptsCase {
  name: string;
  /** After "server create x --flavor 1"; "{dir}" is the files' directory. */
  argv: string[];
  /** --os-compute-api-version for both clients. */
  version: string;
  /**
   * body: the POST /servers body; error: exit code and stderr; usage: exit
   * code and the last stderr line; first-line: our one line begins with
   * python's first (python lists the keys of a set, in an order that changes
   * from run to run); joined: python's two lines joined by a space.
   */
  compare: "body" | "error" | "usage" | "first-line" | "joined";
}

const img = ["--image", IMAGE];

export const CASES: OptsCase[] = [
  // request bodies
  {
    name: "swap, ephemerals, a blank --block-device, --config-drive <volume>",
    argv: [
      ...img,
      ...["--swap", "512", "--ephemeral", "size=1,format=ext4", "--ephemeral", "size=2"],
      ...[
        "--block-device",
        "source_type=blank,volume_size=3,boot_index=2,delete_on_termination=no",
      ],
      ...["--config-drive", "vol-1"],
    ],
    version: "2.1",
    compare: "body",
  },
  {
    name: "--volume with legacy mappings of a volume, a snapshot and an image",
    argv: [
      ...["--volume", "vol-a", "--block-device-mapping", "vdb=vol-a"],
      ...["--block-device-mapping", `vdc=${SNAPSHOT.name}:snapshot:2:true`],
      ...["--block-device-mapping", `vdd=${IMAGE}:image::false`],
    ],
    version: "2.1",
    compare: "body",
  },
  { name: "--snapshot", argv: ["--snapshot", "snap-a"], version: "2.1", compare: "body" },
  {
    name: "--image-property on attributes and properties",
    argv: [
      ...["--image-property", "status=active", "--image-property", `name=${IMAGE}`],
      ...["--image-property", "owner_specified.openstack.md5="],
    ],
    version: "2.1",
    compare: "body",
  },
  {
    name: "--file: text and binary, sorted by path",
    argv: [...img, "--file", "/z/bin={dir}/bin.dat", "--file", "/etc/a={dir}/a.txt"],
    version: "2.56",
    compare: "body",
  },
  {
    name: "--host, --hypervisor-hostname, --trusted-image-cert",
    argv: [
      ...img,
      ...["--host", "h1", "--hypervisor-hostname", "hv1"],
      ...["--trusted-image-cert", "c1", "--trusted-image-cert", "c2"],
    ],
    version: "2.74",
    compare: "body",
  },
  {
    name: "--boot-from-volume with a zero swap; --config-drive True",
    argv: [...img, "--boot-from-volume", "2", "--swap", "0", "--config-drive", "True"],
    version: "2.1",
    compare: "body",
  },
  {
    name: "--block-device with every key",
    argv: [
      ...img,
      "--block-device",
      `uuid=${IMAGE},source_type=image,destination_type=volume,volume_size=1,boot_index=0,` +
      "tag=t1,volume_type=lvm,disk_bus=virtio,device_type=disk,device_name=vdb,guest_format=ext4",
    ],
    version: "2.67",
    compare: "body",
  },
  {
    name: "--block-device from a JSON file",
    argv: [...img, "--block-device", "{dir}/bdm.json"],
    version: "2.1",
    compare: "body",
  },
  {
    name: "--config-drive FALSE sends nothing; --block-device to a volume",
    argv: [...img, "--config-drive", "FALSE", "--block-device", "source_type=volume,uuid=v"],
    version: "2.1",
    compare: "body",
  },
  // refused, with python's words
  { name: "--host before 2.74", argv: [...img, "--host", "h"], version: "2.73", compare: "error" },
  {
    name: "--hypervisor-hostname before 2.74",
    argv: [...img, "--hypervisor-hostname", "h"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--trusted-image-cert before 2.63",
    argv: [...img, "--trusted-image-cert", "c"],
    version: "2.62",
    compare: "error",
  },
  {
    name: "--trusted-image-cert with --volume",
    argv: ["--volume", "vol-a", "--trusted-image-cert", "c"],
    version: "2.63",
    compare: "error",
  },
  {
    name: "--trusted-image-cert with --boot-from-volume",
    argv: [...img, "--boot-from-volume", "1", "--trusted-image-cert", "c"],
    version: "2.63",
    compare: "error",
  },
  {
    name: "--snapshot with --boot-from-volume",
    argv: ["--snapshot", "snap-a", "--boot-from-volume", "1"],
    version: "2.1",
    compare: "error",
  },
  { name: "unknown --snapshot", argv: ["--snapshot", "nope"], version: "2.1", compare: "error" },
  {
    name: "--file with a missing source",
    argv: [...img, "--file", "/a={dir}/missing.txt"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--file from 2.57",
    argv: [...img, "--file", "/a={dir}/a.txt"],
    version: "2.57",
    compare: "error",
  },
  { name: "--file without =", argv: [...img, "--file", "x"], version: "2.1", compare: "error" },
  {
    name: "--block-device boot_index not an integer",
    argv: [...img, "--block-device", "boot_index=1.5"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--block-device tag before 2.42",
    argv: [...img, "--block-device", "tag=x"],
    version: "2.41",
    compare: "error",
  },
  {
    name: "--block-device volume_type before 2.67",
    argv: [...img, "--block-device", "volume_type=x"],
    version: "2.66",
    compare: "error",
  },
  {
    name: "--block-device source_type",
    argv: [...img, "--block-device", "source_type=foo"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--block-device destination_type",
    argv: [...img, "--block-device", "destination_type=foo"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--block-device delete_on_termination",
    argv: [...img, "--block-device", "delete_on_termination=maybe"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--block-device unknown key",
    argv: [...img, "--block-device", "a=1"],
    version: "2.1",
    compare: "first-line",
  },
  {
    name: "--block-device JSON file with an unknown key",
    argv: [...img, "--block-device", "{dir}/bdm_bad.json"],
    version: "2.1",
    compare: "first-line",
  },
  {
    name: "--block-device not key=value",
    argv: [...img, "--block-device", "foo"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--ephemeral without size",
    argv: [...img, "--ephemeral", "format=ext4"],
    version: "2.1",
    compare: "joined",
  },
  {
    name: "--block-device-mapping without a mapping",
    argv: [...img, "--block-device-mapping", "vdb"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--block-device-mapping with a bad type",
    argv: [...img, "--block-device-mapping", "vdb=a:b"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--block-device-mapping of an unknown volume",
    argv: [...img, "--block-device-mapping", "vdb=nope"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--image-property that no image has",
    argv: ["--image-property", "status=nope"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--image-property compares openstacksdk's types (min_disk is a number)",
    argv: ["--image-property", "min_disk=0"],
    version: "2.1",
    compare: "error",
  },
  {
    name: "--image-property not key=value",
    argv: ["--image-property", "bad"],
    version: "2.1",
    compare: "error",
  },
  { name: "--swap not a number", argv: [...img, "--swap", "x"], version: "2.1", compare: "usage" },
  {
    name: "--volume and --snapshot",
    argv: ["--volume", "vol-a", "--snapshot", "snap-a"],
    version: "2.1",
    compare: "usage",
  },
  {
    name: "--use-config-drive and --config-drive",
    argv: [...img, "--use-config-drive", "--config-drive", "x"],
    version: "2.1",
    compare: "usage",
  },
];

export function caseArgv(c: OptsCase, dir: string): string[] {
  return [
    ...["--os-compute-api-version", c.version, "server", "create", "x", "--flavor", "1"],
    ...c.argv.map((a) => a.replaceAll("{dir}", dir)),
  ];
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** A Cinder with one volume and one snapshot, as cinderclient's find_resource reads it. */
export const cinder: FakeCloudOptions["intercept"] = (req, { path }) => {
  const m = /^\/volume\/v3\/[^/]+\/(volumes|snapshots)(?:\/([^/]+))?$/.exec(path);
  if (!m) return undefined;
  const [, kind, rest] = m;
  const item = kind === "volumes" ? VOLUME : SNAPSHOT;
  const key = kind === "volumes" ? "volume" : "snapshot";
  const full = { ...item, status: "available" };
  if (rest === "detail" || rest === undefined) {
    const name = new URL(req.url).searchParams.get("name");
    return json({ [kind]: name === null || name === item.name ? [full] : [] });
  }
  if (decodeURIComponent(rest) === item.id) return json({ [key]: full });
  const what = kind === "volumes" ? "Volume" : "Snapshot";
  return json({ itemNotFound: { code: 404, message: `${what} ${rest} could not be found.` } }, 404);
};
