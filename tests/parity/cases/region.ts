// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** Regions are known by ID: {name} is the region's ID. */
/** A value naming {name}-<suffix>: each client has its own {name}. */
const OWN = (v: unknown) => String(v).replace(/e2e-[0-9a-f]+-\d+-(ts|py)/g, "<name>");
const REGION = { show: "region show {name}", delete: "region delete {name}", volatile: [] };

export default [
  read("region list"),
  read("region list --parent-region RegionOne -f json", { compare: "json" }),
  read("region show RegionOne"),
  read("region show RegionOne -f json", { compare: "json" }),
  read("region show RegionOne", { cloud: "demo" }),
  read("region set e2e-no-such-region --description x", { compare: "error" }),
  read("region delete e2e-no-such-region e2e-no-such-region-2", { compare: "error" }),
  read("region create", { compare: "usage" }),
  // Keystone ignores a name filter on regions: once a region is gone, both clients' show falls
  // back to the whole list, and a cloud left with RegionOne alone would answer with it (exit 0);
  // a second region of the case's own keeps that list ambiguous, whatever else runs
  write({ name: "region create (defaults)", setup: ["region create {name}-other"], teardown: ["region delete {name}-other"], create: "region create {name}", ...REGION }),
  write({ name: "region create with a parent, set, list", setup: ["region create {name}-p"], teardown: ["region delete {name}-p"], create: "region create {name} --parent-region {name}-p --description 'made by e2e'", change: ["region list --parent-region {name}-p -f value", "region set {name} --description changed", "region set {name}-p --parent-region {name}"], ...REGION, masks: { parent_region: OWN } }),
];
