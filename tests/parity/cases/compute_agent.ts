// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

/** Nova dropped the agents API in Wallaby: every request is answered 410 Gone. */
export default [
  read("compute agent list", { compare: "error", name: "compute agent list (410)" }),
  read("compute agent list --hypervisor fake", { compare: "error", name: "compute agent list --hypervisor (410)" }),
  read("compute agent create linux x86_64 1.0 http://example.com/agent e2e-md5 fake", { compare: "error", name: "compute agent create (410)" }),
  read("compute agent delete 1 2", { compare: "error", name: "compute agent delete: each 410 reported" }),
  read("compute agent set 1 --url http://example.com/agent", { compare: "error", name: "compute agent set (410)" }),
  read("compute agent create linux x86_64 1.0 http://example.com/agent e2e-md5", { compare: "usage", name: "compute agent create without a hypervisor" }),
  read("compute agent delete", { compare: "usage", name: "compute agent delete without an id" }),
];
