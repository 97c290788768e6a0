// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

export default [
  read("availability zone list"),
  // (Service Status ends in the time each service last reported)
  read("availability zone list --long -c 'Zone Name' -c 'Zone Status' -c 'Zone Resource' -c 'Host Name' -c 'Service Name'"),
  read("availability zone list --long", { cloud: "demo", name: "availability zone list --long as demo: no detail allowed" }),
  read("availability zone list --network --volume -f json", { compare: "json" }),
];
