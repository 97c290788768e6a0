// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";
import { CONTAINER } from "../seed.ts";

export default [
  // the seeded container only: the write cases' own containers come and go meanwhile
  read("container list --prefix container-"),
  read("container list --long --all --prefix container- -f json", { compare: "json" }),
  read(`container show ${CONTAINER}`),
  read("container show e2e-no-such-container", { compare: "error" }),
  read("container delete e2e-no-such-container", { compare: "error" }),
  read(`container delete ${CONTAINER}`, { compare: "error", name: "container delete: not empty (409)" }),
  read("container save e2e-no-such-container", { compare: "error" }),
  read("container set e2e-no-such-container --property a=b", { compare: "error" }),
  read("container unset e2e-no-such-container --property a", { compare: "error" }),
  read(`container set ${CONTAINER} --property novalue`, { compare: "error", name: "container set: --property without =" }),
  read(`container set ${CONTAINER}`, { compare: "usage", name: "container set without --property" }),
  read("container create", { compare: "usage", name: "container create without a name" }),
  // a warning, then Swift's 400: nothing is made
  read(`container create e2e-${"x".repeat(253)}`, { compare: "error", name: "container create: a name over 256 characters" }),
  write({
    name: "container create (public), set, unset, save, delete; account set, unset",
    create: "container create --public {name}",
    show: "container show {name}",
    delete: "container delete {name}",
    change: [
      // create's own table (its JSON list is set aside below: each holds its client's name)
      "container create {name} -c account -c container",
      "container set {name} --property color=blue --property Size=10",
      "container unset {name} --property size",
      "container save {name}",
      "object store account set --property {name}=on",
      "object store account unset --property {name}",
    ],
    volatile: ["0"],
  }),
];
