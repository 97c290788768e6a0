// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

export default [
  read("volume transfer request list", { name: "volume transfer request list" }),
  read("volume transfer request list --all-projects", { name: "volume transfer request list --all-projects" }),
  read("volume transfer request show e2e-no-such-transfer", { compare: "error", name: "volume transfer request show unknown" }),
  read("volume transfer request delete e2e-no-such-transfer e2e-no-such-transfer-2", { compare: "error", name: "volume transfer request delete: unknown names" }),
  read("volume transfer request create e2e-no-such-volume", { compare: "error", name: "volume transfer request create: unknown volume" }),
  read("volume transfer request create volume-1 --no-snapshots", { compare: "error", name: "volume transfer request create --no-snapshots needs 3.55" }),
  read("volume transfer request accept e2e-no-such-transfer", { compare: "usage", name: "volume transfer request accept: no --auth-key" }),
  read("volume transfer request accept e2e-no-such-transfer --auth-key 0123456789abcdef", { compare: "error", name: "volume transfer request accept: unknown request" }),
  // each client offers its own volume, then its own project takes it back
  write({ name: "volume transfer request create, show, delete", create: "volume transfer request create --name {name} {name}-vol", show: "volume transfer request show {name}", delete: "volume transfer request delete {name}", volatile: ["id", "created_at", "volume_id", "auth_key"], setup: ["volume create {name}-vol --size 1", "volume show {name}-vol"], teardown: ["volume transfer request delete {name}", "volume delete {name}-vol"] }),
  write({ name: "volume transfer request create (3.55), accept", create: "--os-volume-api-version 3.55 volume transfer request create --name {name} --no-snapshots {name}-vol", idKey: "auth_key", change: ["volume transfer request accept {name} --auth-key {id}"], show: "volume show {name}-vol", delete: "volume delete {name}-vol", volatile: ["id", "name", "created_at", "updated_at", "volume_id", "auth_key"], settled: (v: Record<string, unknown>) => v.status === "available" || v.status === "awaiting-transfer", setup: ["volume create {name}-vol --size 1", "volume show {name}-vol"], teardown: ["volume transfer request delete {name}", "volume delete {name}-vol"] }),
];
