// deno-fmt-ignore-file: one case per line
import { read, V21 } from "../case.ts";

/** Past ranges hold nothing; the totals of a current one grow by the second: only counts compared. */
const PAST = "--start 2020-01-01 --end 2020-02-01";

export default [
  read("usage list -c Project -c Servers", { name: "usage list: projects and server counts" }),
  read(`${V21} usage list -c Project -c Servers`, { name: "usage list 2.1: one request, no paging" }),
  read(`usage list ${PAST}`, { name: "usage list: an empty range prints nothing" }),
  read(`usage list ${PAST} -f json`, { compare: "json" }),
  read("usage list -c Project -c Servers", { cloud: "demo", compare: "error", name: "usage list as demo: refused" }),
  read("usage show --project demo -c Project -c Servers"),
  // value and json show the raw server list (hours grow by the second): the project only
  read("usage show --project demo -c Project -f value"),
  read("usage show -c Project -c Servers", { cloud: "demo", name: "usage show: the token's own project" }),
  // an empty range: Nova answers {} and python shows "" everywhere (its table fails: not copied)
  read(`usage show ${PAST} -f json`, { compare: "json", name: "usage show: an empty range, json" }),
  read(`usage show --project demo ${PAST} -f value`, { name: "usage show: an empty range, value" }),
  read("usage show --project e2e-no-such-project", { compare: "error" }),
  // dates as datetime.strptime reads them
  read("usage list --start 2020-1-5 --end 2020-02-01", { name: "usage list: one-digit month and day" }),
  read("usage list --start 2020-13-01", { compare: "error", name: "usage list: month 13" }),
  read("usage list --end 2020-01-011", { compare: "error", name: "usage list: unconverted data remains" }),
  read("usage list --start 2020-02-30", { compare: "error", name: "usage list: day out of range" }),
  read("usage show --start yesterday", { compare: "error", name: "usage show: not a date" }),
  read("usage show --end 0000-01-01", { compare: "error", name: "usage show: year 0" }),
  read("usage show --project demo --start '' -c Project -c Servers", { name: "usage show: an empty --start is the default" }),
];
