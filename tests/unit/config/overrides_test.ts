import assert from "node:assert/strict";
import { CWD, resolve } from "./helpers.ts";

// Python facts from python_oracle/osc_resolve.py --os-cloud a [with OS_REGION_NAME=R2] on this file
// (the printed config's *_endpoint_override / *_api_version keys, region_name and
// get_requests_verify_args()):
const clouds = `
clouds:
  a:
    auth:
      auth_url: http://k/v3
      username: u
      password: p
      project_name: pr
      domain_name: dn
    regions:
      - R1
      - name: R2
        values:
          compute_endpoint_override: http://r2/compute
          interface: internal
    insecure: yes
    identity_api_version: 3
    compute_api_version: 2.0
    api_timeout: 30
    block-storage-endpoint-override: http://bs
`;
const files = { [`${CWD}/clouds.yaml`]: clouds };

Deno.test("endpoint overrides keyed by service type with '-' → '_'", async () => {
  // python: block_storage_endpoint_override http://bs (no compute override in R1)
  const r = await resolve({ osCloud: "a" }, files);
  assert.deepEqual(r.endpointOverrides, { block_storage: "http://bs" });
  assert.equal(r.regionName, "R1");
});

Deno.test("a region's values apply when that region is chosen", async () => {
  // python (OS_REGION_NAME=R2): region_name R2, compute_endpoint_override http://r2/compute
  const r = await resolve({ osCloud: "a" }, files, { OS_REGION_NAME: "R2" });
  assert.equal(r.regionName, "R2");
  assert.deepEqual(r.endpointOverrides, {
    block_storage: "http://bs",
    compute: "http://r2/compute",
  });
  assert.equal(r.interface, "internal");
});

Deno.test("YAML is read as python reads it: yes is true, 2.0 stays 2.0", async () => {
  // python: insecure True → verify_args (False, None); compute_api_version "2.0"; identity "3"
  const r = await resolve({ osCloud: "a" }, files);
  assert.equal(r.verify, false);
  assert.equal(r.apiVersions.compute, "2.0");
  assert.equal(r.apiVersions.identity, "3");
  assert.equal(r.apiTimeout, 30);
});

Deno.test("python's --verify does not undo `insecure: yes`; this client's does", async () => {
  // python (--verify): verify_args (False, None) — insecure wins in get_requests_verify_args.
  // Deliberately different: the flag wins here.
  assert.equal((await resolve({ osCloud: "a", insecure: false }, files)).verify, true);
});

Deno.test("api versions: file, then OS_*_API_VERSION, then --os-*-api-version", async () => {
  // python (OS_COMPUTE_API_VERSION=2.79 OS_VOLUME_API_VERSION=3.10 --os-volume-api-version 3.55
  // --os-object-api-version 1): compute 2.79, identity 3, volume 3.55, object 1. Python ignores
  // OS_PLACEMENT_API_VERSION unless a plugin registers it; any OS_*_API_VERSION is read here.
  const r = await resolve(
    { osCloud: "a", osVolumeApiVersion: "3.55", osObjectApiVersion: "1" },
    files,
    {
      OS_COMPUTE_API_VERSION: "2.79",
      OS_VOLUME_API_VERSION: "3.10",
      OS_PLACEMENT_API_VERSION: "1.6",
    },
  );
  assert.deepEqual(r.apiVersions, {
    compute: "2.79",
    identity: "3",
    volume: "3.55",
    object: "1",
    placement: "1.6",
  });
});

Deno.test("only the mapping's last value counts when a key repeats (as PyYAML)", async () => {
  // python (a cloud with `interface: admin` then `interface: internal`): interface internal
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]: "clouds:\n  a:\n    interface: admin\n    interface: internal\n",
  });
  assert.equal(r.interface, "internal");
});

Deno.test("quoted 'no' is a string: python's truthiness keeps verify on", async () => {
  // python: verify: 'no' → verify_args ('no', None) (a truthy string); verify: off → False
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]: "clouds: {a: {verify: 'no'}}",
  });
  assert.equal(r.verify, true);
  const off = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]: "clouds: {a: {verify: off}}",
  });
  assert.equal(off.verify, false);
});

Deno.test("region_name as a comma-separated list; the first is the default", async () => {
  // python: region_name 'East,West' → East; with OS_REGION_NAME=West → West
  const f = { [`${CWD}/clouds.yaml`]: "clouds: {a: {region_name: 'East,West'}}" };
  assert.equal((await resolve({ osCloud: "a" }, f)).regionName, "East");
  assert.equal((await resolve({ osCloud: "a", osRegionName: "West" }, f)).regionName, "West");
});

Deno.test("clouds-public.yaml vendor profiles are applied under the cloud", async () => {
  // python (profile: acme with ./clouds-public.yaml): auth_url http://acme/v3, username u (the
  // cloud's own value wins), region A1
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]: "clouds: {a: {profile: acme, auth: {username: u}}}",
    "/etc/openstack/clouds-public.yaml":
      "public-clouds: {acme: {auth: {auth_url: http://acme/v3, username: vendor}, regions: [A1, A2]}}",
  });
  assert.equal(r.auth.auth_url, "http://acme/v3");
  assert.equal(r.auth.username, "u");
  assert.equal(r.regionName, "A1");
  assert.equal(r.profile, undefined);
  assert.deepEqual(r.files, [`${CWD}/clouds.yaml`, "/etc/openstack/clouds-public.yaml"]);
});

Deno.test("a built-in vendor profile is not expanded but reported", async () => {
  const r = await resolve({ osCloud: "a" }, {
    [`${CWD}/clouds.yaml`]: "clouds: {a: {profile: vexxhost, auth: {username: u}}}",
  });
  assert.equal(r.profile, "vexxhost");
  assert.equal(r.auth.auth_url, undefined);
});
