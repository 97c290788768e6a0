// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

export default [
  read("access token create --consumer-key e2e-no-such-consumer --consumer-secret x --request-key e2e-no-such-token --request-secret x --verifier x", { compare: "error" }),
  read("access token create --consumer-key x --consumer-secret x --request-key x --request-secret x", { compare: "usage" }),
];
