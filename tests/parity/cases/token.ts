// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

export default [
  // the id and expiry differ per call: compare the rest
  read("token issue -c project_id -c user_id", { name: "token issue" }),
  read("token issue -f json -c expires -c project_id -c user_id", { compare: "json", name: "token issue -f json (expires normalised)" }),
  read("token issue -c system -c user_id -f shell", { cloud: "admin-system", name: "token issue, system scope" }),
  read("token issue -c project_id", { cloud: "demo", name: "token issue as demo" }),
  read("token revoke e2e-not-a-token", { compare: "error" }),
  read("token revoke", { compare: "usage" }),
  // recorded for the unit tests only; each run has a new token
  read("token issue -f json", { fixture: "token_issue", live: false, unstable: true }),
  read("token issue -f json", { cloud: "admin-system", fixture: "token_issue_system", live: false, unstable: true }),
];
