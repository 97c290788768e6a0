// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

export default [
  // what every command shares: authentication, clouds.yaml, dispatch
  read("--os-password wrong server list", { compare: "error", name: "wrong password" }),
  read("server lst", { compare: "did-you-mean", name: "unknown command" }),
  read("sever list", { compare: "did-you-mean", name: "unknown command, typo" }),
  read("--os-cloud nope server list", { compare: "error-extended", name: "unknown cloud" }),
];
