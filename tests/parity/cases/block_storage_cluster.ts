// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

const V7 = "--os-volume-api-version 3.7";

// the test cloud's Cinder runs without clusters: every list is empty, every name unknown
export default [
  read("block storage cluster list", { compare: "error", name: "block storage cluster list needs 3.7" }),
  read(`${V7} block storage cluster list --long`),
  read(`${V7} block storage cluster list --up --disabled --num-hosts 2 --binary cinder-volume --cluster e2e-no-such-cluster`, { name: "block storage cluster list with filters" }),
  read(`${V7} block storage cluster show e2e-no-such-cluster`, { compare: "error" }),
  read(`${V7} block storage cluster set e2e-no-such-cluster --disable --disable-reason e2e`, { compare: "error" }),
  read(`${V7} block storage cluster set e2e-no-such-cluster --disable-reason e2e`, { compare: "error", name: "block storage cluster set: --disable-reason without --disable" }),
  read(`${V7} block storage cluster set e2e-no-such-cluster --enable --disable`, { compare: "usage" }),
];
