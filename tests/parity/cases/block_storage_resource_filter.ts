// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

const V33 = "--os-volume-api-version 3.33";

// the test cloud's Cinder has no resource filters configured: the list is empty and a show finds
// none (python's message then prints "{parsed_args.resource}" as is; ours names the resource)
export default [
  read("block storage resource filter list", { compare: "error", name: "block storage resource filter list needs 3.33" }),
  read("block storage resource filter show volume", { compare: "error", name: "block storage resource filter show needs 3.33" }),
  read(`${V33} block storage resource filter list`),
];
