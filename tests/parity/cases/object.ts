// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";
import { CONTAINER, OBJECT } from "../seed.ts";

export default [
  read(`object list ${CONTAINER}`),
  // dir/ rolled up: a row without name, bytes or hash
  read(`object list ${CONTAINER} --long --delimiter /`),
  read(`object list ${CONTAINER} --all --prefix dir/ -f json`, { compare: "json" }),
  read(`object list ${CONTAINER} --limit 1 --marker dir/object-2.txt --end-marker z`),
  read("object list e2e-no-such-container", { compare: "error" }),
  read(`object show ${CONTAINER} ${OBJECT}`),
  read(`object show ${CONTAINER} e2e-no-such-object`, { compare: "error" }),
  read(`object save ${CONTAINER} ${OBJECT} --file -`, { name: "object save to stdout" }),
  read(`object save ${CONTAINER} e2e-no-such-object --file -`, { compare: "error" }),
  read(`object delete ${CONTAINER} e2e-no-such-object`, { compare: "error" }),
  read(`object set ${CONTAINER} e2e-no-such-object --property a=b`, { compare: "error" }),
  read(`object unset ${CONTAINER} e2e-no-such-object --property a`, { compare: "error" }),
  read(`object set ${CONTAINER} ${OBJECT}`, { compare: "usage", name: "object set without --property" }),
  read(`object create ${CONTAINER}`, { compare: "usage", name: "object create without a file" }),
  read(`object create ${CONTAINER} e2e-a e2e-b --name e2e-x`, { compare: "error", name: "object create: --name with two files" }),
  read(`object create ${CONTAINER} /e2e-no-such-dir/e2e-file`, { compare: "error", name: "object create: no such file" }),
  write({
    name: "object create, set, unset, list, save, delete",
    // each client's own container holds an object of the same name
    setup: ["container create {name}"],
    create: "object create {name} /etc/debian_version --name e2e-object.txt",
    show: "object show {name} e2e-object.txt",
    delete: "object delete {name} e2e-object.txt",
    change: [
      "object create {name} /etc/debian_version --name e2e-object.txt",
      "object set {name} e2e-object.txt --property color=blue --property b=2",
      "object unset {name} e2e-object.txt --property b",
      "object list {name} --long -c Name -c Bytes -c Hash -c 'Content Type'",
      "object save {name} e2e-object.txt --file -",
    ],
    teardown: ["container delete {name}"],
    volatile: ["0", "last-modified"],
  }),
];
