/**
 * Data the fake cloud serves. Plain records, close to the database rows of the
 * real services; server.ts turns them into API responses shaped like the
 * recorded fixtures (tests/fixtures/*.json).
 */

export interface FakeDomain {
  id: string;
  name: string;
  enabled?: boolean;
}

export interface FakeProject {
  id: string;
  name: string;
  domain_id: string;
  enabled?: boolean;
}

export interface FakeUser {
  id: string;
  name: string;
  domain_id: string;
  password: string;
  enabled?: boolean;
  /** Unscoped password auth gets a token scoped to this project, as Keystone does. */
  default_project_id?: string;
}

export interface FakeRole {
  id: string;
  name: string;
}

/** A role on exactly one target: a project, a domain, or the whole system. */
export interface FakeRoleAssignment {
  user_id: string;
  role_id: string;
  project_id?: string;
  domain_id?: string;
  system?: boolean;
}

export interface FakeApplicationCredential {
  id: string;
  name: string;
  secret: string;
  user_id: string;
  project_id: string;
  /** Role ids; default: all the user's roles on the project. */
  role_ids?: string[];
  unrestricted?: boolean;
}

export interface FakeFlavor {
  id: string;
  name: string;
  ram: number;
  disk: number;
  vcpus: number;
  ephemeral: number;
  /** MB; 0 is rendered as "" before microversion 2.75, as Nova does. */
  swap: number;
  rxtx_factor: number;
  is_public: boolean;
  disabled: boolean;
  description: string | null;
  extra_specs: Record<string, string>;
}

export interface FakeImage {
  id: string;
  name: string | null;
  status: string;
  visibility: "public" | "private" | "shared" | "community";
  owner: string;
  size: number | null;
  virtual_size: number | null;
  disk_format: string | null;
  container_format: string | null;
  checksum: string | null;
  os_hash_algo: string | null;
  os_hash_value: string | null;
  min_ram: number;
  min_disk: number;
  protected: boolean;
  os_hidden: boolean;
  created_at: string;
  updated_at: string;
  tags: string[];
  /** Extra properties; Glance lists them before the core fields. */
  properties: Record<string, string>;
}

export interface FakeAddress {
  version: 4 | 6;
  addr: string;
  type: "fixed" | "floating";
  mac_addr: string;
}

export interface FakeServer {
  id: string;
  name: string;
  /** API status: ACTIVE, SHUTOFF, ERROR, BUILD, ... */
  status: string;
  project_id: string;
  user_id: string;
  flavor_id: string;
  /** "" for a server booted from volume (Nova then sends `"image": ""`). */
  image_id: string;
  /** ISO timestamps without fractional seconds, e.g. 2026-01-01T00:00:00Z. */
  created: string;
  updated: string;
  /** Network name to addresses; the object's key order is kept. */
  addresses: Record<string, FakeAddress[]>;
  host: string | null;
  hypervisor_hostname: string | null;
  instance_name: string;
  availability_zone: string;
  key_name: string | null;
  metadata: Record<string, string>;
  vm_state: string;
  task_state: string | null;
  power_state: number;
  launched_at: string | null;
  terminated_at: string | null;
  deleted: boolean;
  locked: boolean;
  locked_reason: string | null;
  description: string | null;
  tags: string[];
  volumes_attached: { id: string; delete_on_termination: boolean }[];
  security_groups: string[];
  access_ipv4: string;
  access_ipv6: string;
  config_drive: string;
  progress: number;
  host_status: string;
  reservation_id: string;
  launch_index: number;
  hostname: string;
  root_device_name: string | null;
  key_pair_type?: string;
  server_groups: string[];
  fault?: { code: number; created: string; message: string; details?: string };
}

export interface FakeDataset {
  domains: FakeDomain[];
  projects: FakeProject[];
  users: FakeUser[];
  roles: FakeRole[];
  assignments: FakeRoleAssignment[];
  application_credentials: FakeApplicationCredential[];
  flavors: FakeFlavor[];
  images: FakeImage[];
  servers: FakeServer[];
}

// ---- deterministic ids ----------------------------------------------------------------

function fnv1a(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 32 lower-case hex digits derived from `seed` (Keystone-style id). */
export function hexId(seed: string): string {
  let out = "";
  for (let i = 0; i < 4; i++) out += fnv1a(seed, i * 0x9e3779b9).toString(16).padStart(8, "0");
  return out;
}

/** A version-4-shaped UUID derived from `seed` (Nova/Glance-style id). */
export function uuidFrom(seed: string): string {
  const h = hexId(seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${
    "89ab"[parseInt(h[16], 16) & 3]
  }${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function mac(seed: string): string {
  const h = hexId(seed);
  return `fa:16:3e:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
}

// ---- identity shared by the datasets ---------------------------------------------------

export const ADMIN_PROJECT_ID = "fc9c04151eb146818fa4c0aec3de22c0";
export const DEMO_PROJECT_ID = "fadb44c66bb04f4a949e6257b2e00425";
export const SERVICE_PROJECT_ID = hexId("project:service");
export const ADMIN_USER_ID = "bd983105bb6242a09dfd4ed75548b770";
export const DEMO_USER_ID = "d9e5652676aa43cfb3b014b6431c59c1";
export const ROLE_ADMIN = "b59f810aa9f7412093e65d3ca2d1db21";
export const ROLE_MEMBER = "c0b594f4510f43c990facfaa7ca13a70";
export const ROLE_READER = "afea90dde2244b50a32cbadc7bc7d1f7";
export const CIRROS_IMAGE_ID = "22410876-5ac4-4d5f-9c77-8de0fb7d2cfd";

function identity(): Pick<
  FakeDataset,
  "domains" | "projects" | "users" | "roles" | "assignments" | "application_credentials"
> {
  return {
    domains: [{ id: "default", name: "Default" }],
    projects: [
      { id: ADMIN_PROJECT_ID, name: "admin", domain_id: "default" },
      { id: DEMO_PROJECT_ID, name: "demo", domain_id: "default" },
      { id: SERVICE_PROJECT_ID, name: "service", domain_id: "default" },
    ],
    users: [
      { id: ADMIN_USER_ID, name: "admin", domain_id: "default", password: "admin" },
      {
        id: DEMO_USER_ID,
        name: "demo",
        domain_id: "default",
        password: "demo",
        default_project_id: DEMO_PROJECT_ID,
      },
    ],
    roles: [
      { id: ROLE_READER, name: "reader" },
      { id: ROLE_ADMIN, name: "admin" },
      { id: ROLE_MEMBER, name: "member" },
    ],
    assignments: [
      { user_id: ADMIN_USER_ID, role_id: ROLE_ADMIN, project_id: ADMIN_PROJECT_ID },
      { user_id: ADMIN_USER_ID, role_id: ROLE_MEMBER, project_id: ADMIN_PROJECT_ID },
      { user_id: ADMIN_USER_ID, role_id: ROLE_READER, project_id: ADMIN_PROJECT_ID },
      { user_id: ADMIN_USER_ID, role_id: ROLE_ADMIN, system: true },
      { user_id: ADMIN_USER_ID, role_id: ROLE_MEMBER, system: true },
      { user_id: ADMIN_USER_ID, role_id: ROLE_READER, system: true },
      { user_id: DEMO_USER_ID, role_id: ROLE_MEMBER, project_id: DEMO_PROJECT_ID },
      { user_id: DEMO_USER_ID, role_id: ROLE_READER, project_id: DEMO_PROJECT_ID },
    ],
    application_credentials: [
      {
        id: hexId("appcred:demo-ci"),
        name: "demo-ci",
        secret: "demo-ci-secret",
        user_id: DEMO_USER_ID,
        project_id: DEMO_PROJECT_ID,
      },
    ],
  };
}

export function makeFlavor(p: Partial<FakeFlavor> & { id: string; name: string }): FakeFlavor {
  return {
    ram: 512,
    disk: 1,
    vcpus: 1,
    ephemeral: 0,
    swap: 0,
    rxtx_factor: 1.0,
    is_public: true,
    disabled: false,
    description: null,
    extra_specs: {},
    ...p,
  };
}

function flavors(): FakeFlavor[] {
  return [
    makeFlavor({ id: "1", name: "m1.tiny", ram: 512, disk: 1, vcpus: 1 }),
    makeFlavor({ id: "2", name: "m1.small", ram: 2048, disk: 20, vcpus: 1 }),
  ];
}

export function makeImage(p: Partial<FakeImage> & { id: string; name: string | null }): FakeImage {
  const h = hexId(`image:${p.id}`);
  return {
    status: "active",
    visibility: "public",
    owner: ADMIN_PROJECT_ID,
    size: 196616,
    virtual_size: 67108864,
    disk_format: "qcow2",
    container_format: "bare",
    checksum: h,
    os_hash_algo: "sha512",
    os_hash_value: (h + hexId(`image2:${p.id}`)).repeat(2),
    min_ram: 0,
    min_disk: 0,
    protected: false,
    os_hidden: false,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    tags: [],
    properties: {},
    ...p,
  };
}

function cirros(): FakeImage {
  return makeImage({
    id: CIRROS_IMAGE_ID,
    name: "cirros-0.6.2-x86_64-disk",
    checksum: "41ce4d32ce22529a293044bc1eb4e734",
    os_hash_value:
      "2e45ec98e7ea7317e85b63cd0780eda19fc0bcdbfdbdcdb2a9cd88f295c03b8ecbf6bccc80a3be944ca10cfc02f3d3682e7f0fdbaa21f5e9586ffa1d9448a8de",
    created_at: "2026-01-01T00:00:41Z",
    updated_at: "2026-01-01T00:00:41Z",
    properties: {
      "owner_specified.openstack.md5": "",
      "owner_specified.openstack.sha256": "",
      "owner_specified.openstack.object": "images/cirros-0.6.2-x86_64-disk",
    },
  });
}

/** Fills in everything a running, boring server has. */
export function makeServer(
  p: Partial<FakeServer> & { id: string; name: string; created: string },
): FakeServer {
  const n = hexId(`srv:${p.id}`);
  const launched = p.created.replace("Z", ".000000");
  const status = p.status ?? "ACTIVE";
  const vmState: Record<string, string> = {
    ACTIVE: "active",
    SHUTOFF: "stopped",
    ERROR: "error",
    BUILD: "building",
    PAUSED: "paused",
    SUSPENDED: "suspended",
    DELETED: "deleted",
  };
  return {
    status,
    project_id: ADMIN_PROJECT_ID,
    user_id: ADMIN_USER_ID,
    flavor_id: "1",
    image_id: CIRROS_IMAGE_ID,
    updated: p.created,
    addresses: {
      private: [{
        version: 4,
        addr: `10.0.0.${(parseInt(n.slice(0, 4), 16) % 250) + 3}`,
        type: "fixed",
        mac_addr: mac(p.id),
      }],
    },
    host: "oscloud",
    hypervisor_hostname: "oscloud",
    instance_name: `instance-${n.slice(0, 8)}`,
    availability_zone: "nova",
    key_name: null,
    metadata: {},
    vm_state: vmState[status] ?? status.toLowerCase(),
    task_state: null,
    power_state: status === "ACTIVE" ? 1 : status === "BUILD" ? 0 : 4,
    launched_at: status === "BUILD" ? null : launched,
    terminated_at: null,
    deleted: false,
    locked: false,
    locked_reason: null,
    description: null,
    tags: [],
    volumes_attached: [],
    security_groups: ["default"],
    access_ipv4: "",
    access_ipv6: "",
    config_drive: "",
    progress: 0,
    host_status: "UP",
    reservation_id: `r-${n.slice(8, 16)}`,
    launch_index: 0,
    hostname: p.name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") ||
      "server",
    root_device_name: "/dev/sda",
    server_groups: [],
    ...p,
  };
}

/** The seeded real cloud: server-1..3 (admin), demo-server-1 (demo). */
export function defaultDataset(): FakeDataset {
  const servers = [1, 2, 3].map((i) =>
    makeServer({
      id: uuidFrom(`default:server-${i}`),
      name: `server-${i}`,
      created: `2026-01-01T00:0${i}:00Z`,
      updated: `2026-01-01T00:0${i}:02Z`,
    })
  );
  servers.push(makeServer({
    id: uuidFrom("default:demo-server-1"),
    name: "demo-server-1",
    project_id: DEMO_PROJECT_ID,
    user_id: DEMO_USER_ID,
    created: "2026-01-01T00:04:00Z",
    updated: "2026-01-01T00:04:02Z",
  }));
  return { ...identity(), flavors: flavors(), images: [cirros()], servers };
}

/**
 * `n` deterministic servers in the admin project for big-list tests: names
 * server-00001.., one per second from 2026-01-01, every 7th SHUTOFF, every 13th
 * on m1.small, every 50th in ERROR.
 */
export function makeServers(n: number, opts: { project_id?: string; prefix?: string } = {}) {
  const prefix = opts.prefix ?? "server-";
  const width = Math.max(5, String(n).length);
  const t0 = Date.UTC(2026, 0, 1);
  const out: FakeServer[] = [];
  for (let i = 1; i <= n; i++) {
    const created = new Date(t0 + i * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const status = i % 50 === 0 ? "ERROR" : i % 7 === 0 ? "SHUTOFF" : "ACTIVE";
    out.push(makeServer({
      id: uuidFrom(`bulk:${prefix}${i}`),
      name: `${prefix}${String(i).padStart(width, "0")}`,
      created,
      status,
      flavor_id: i % 13 === 0 ? "2" : "1",
      project_id: opts.project_id ?? ADMIN_PROJECT_ID,
      addresses: {
        private: [{
          version: 4,
          addr: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          type: "fixed",
          mac_addr: mac(`bulk:${i}`),
        }],
      },
    }));
  }
  return out;
}

/** Default identity/flavors/images with `n` generated servers. */
export function bigDataset(n: number): FakeDataset {
  return { ...defaultDataset(), servers: makeServers(n) };
}

export const UBUNTU_IMAGE_ID = uuidFrom("golden:image:ubuntu");
export const MISSING_IMAGE_ID = "6e0b4b6c-2f3a-4d39-9a49-0b3f1c1d7e55";

/**
 * Servers chosen to exercise the table printer: CJK names, a multi-line name,
 * several networks with IPv4 and IPv6, boot from volume, an image Glance does
 * not know, a flavor Nova no longer has, a server with nothing (no addresses,
 * no host), metadata, and one server in another project.
 */
export function goldenDataset(): FakeDataset {
  const ubuntu = makeImage({
    id: UBUNTU_IMAGE_ID,
    name: "ubuntu-22.04",
    created_at: "2026-01-01T00:00:50Z",
    updated_at: "2026-01-01T00:00:50Z",
    size: 734003200,
    virtual_size: 2361393152,
  });
  const fl = [
    ...flavors(),
    makeFlavor({ id: "42", name: "m1.large", ram: 8192, disk: 80, vcpus: 4 }),
  ];
  const addr = (version: 4 | 6, a: string, seed: string, type: "fixed" | "floating" = "fixed") => ({
    version,
    addr: a,
    type,
    mac_addr: mac(seed),
  });
  const servers: FakeServer[] = [
    makeServer({
      id: "0b1c5a8e-3f42-4a5d-9c1e-6f7a8b9c0d11",
      name: "服务器-一",
      created: "2026-01-01T00:10:00Z",
      addresses: {
        private: [addr(4, "10.0.0.11", "cjk"), addr(6, "fd00::f816:3eff:fe11:1111", "cjk")],
        public: [addr(4, "172.24.4.11", "cjk-pub"), addr(6, "2001:db8::11", "cjk-pub")],
      },
      metadata: { "角色": "数据库", env: "prod" },
    }),
    makeServer({
      id: "1d2e3f40-5162-4738-8a9b-0c1d2e3f4a22",
      name: "line one\nline two",
      status: "SHUTOFF",
      created: "2026-01-01T00:09:00Z",
      flavor_id: "2",
      image_id: UBUNTU_IMAGE_ID,
      addresses: { private: [addr(4, "10.0.0.22", "multi")] },
    }),
    makeServer({
      id: "2a3b4c5d-6e7f-4081-9293-a4b5c6d7e833",
      name: "server-1",
      created: "2026-01-01T00:08:00Z",
      addresses: { private: [addr(4, "10.0.0.33", "s1")] },
    }),
    makeServer({
      id: "3b4c5d6e-7f80-4192-a3b4-c5d6e7f8a944",
      name: "server-2",
      status: "ERROR",
      created: "2026-01-01T00:07:00Z",
      flavor_id: "42",
      addresses: { private: [addr(4, "10.0.0.44", "s2")] },
      fault: {
        code: 500,
        created: "2026-01-01T00:07:05Z",
        message: "No valid host was found. ",
        details: "Traceback (most recent call last): ...",
      },
      power_state: 0,
      launched_at: null,
    }),
    makeServer({
      id: "4c5d6e7f-8091-42a3-b4c5-d6e7f8a9ba55",
      name: "bfv-server",
      created: "2026-01-01T00:06:00Z",
      image_id: "",
      volumes_attached: [{
        id: "7d8e9fa0-b1c2-43d4-a5e6-f7a8b9cadb66",
        delete_on_termination: true,
      }],
      addresses: {
        private: [addr(4, "10.0.0.55", "bfv")],
        public: [addr(4, "172.24.4.55", "bfv-fip", "floating")],
      },
    }),
    makeServer({
      id: "5d6e7f80-91a2-43b4-85d6-e7f8a9bacb77",
      name: "missing-image",
      created: "2026-01-01T00:05:00Z",
      image_id: MISSING_IMAGE_ID,
      flavor_id: "99",
      addresses: { private: [addr(6, "fd00::f816:3eff:fe77:7777", "missing")] },
    }),
    makeServer({
      id: "6e7f8091-a2b3-44c5-96e7-f8a9bacbdc88",
      name: "x",
      status: "BUILD",
      created: "2026-01-01T00:04:00Z",
      addresses: {},
      host: null,
      hypervisor_hostname: null,
      task_state: "scheduling",
      host_status: "",
      availability_zone: "",
    }),
    makeServer({
      id: "7f8091a2-b3c4-45d6-a7f8-a9bacbdced99",
      name: "server-3",
      created: "2026-01-01T00:03:00Z",
      flavor_id: "2",
      image_id: UBUNTU_IMAGE_ID,
      key_name: "mykey",
      metadata: { a: "1", b: "two words" },
      addresses: { private: [addr(4, "10.0.0.99", "s3")] },
    }),
    makeServer({
      id: "8091a2b3-c4d5-46e7-b8f9-bacbdcedfeaa",
      name: "demo-server-1",
      project_id: DEMO_PROJECT_ID,
      user_id: DEMO_USER_ID,
      created: "2026-01-01T00:02:00Z",
      addresses: { private: [addr(4, "10.0.0.100", "demo")] },
    }),
  ];
  return { ...identity(), flavors: fl, images: [cirros(), ubuntu], servers };
}

/** The golden identity/flavors/images, with no servers at all. */
export function emptyDataset(): FakeDataset {
  return { ...goldenDataset(), servers: [] };
}

export const datasets: Record<string, () => FakeDataset> = {
  default: defaultDataset,
  golden: goldenDataset,
  empty: emptyDataset,
};
