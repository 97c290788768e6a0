// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

// the whole OAuth flow (a consumer's secret, a request token, its verifier) is
// tests/e2e/oauth1_flow_test.ts: one case's output cannot feed the next here
export default [
  read("request token create --consumer-key e2e-no-such-consumer --consumer-secret x --project admin", { compare: "error" }),
  read("request token create --consumer-key x --consumer-secret x --project e2e-no-such-project", { compare: "error" }),
  read("request token create --consumer-key x --consumer-secret x --project admin --domain e2e-no-such-domain", { compare: "error" }),
  read("request token create --consumer-key x --project admin", { compare: "usage" }),
  read("request token authorize --request-key e2e-no-such-token --role admin", { compare: "error" }),
  read("request token authorize --request-key x --role e2e-no-such-role", { compare: "error" }),
  read("request token authorize --request-key x", { compare: "usage" }),
];
