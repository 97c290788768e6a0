// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const URLS = "--auth-url https://sp.example.org/v3/OS-FEDERATION/identity_providers/x/protocols/saml2/auth --service-provider-url https://sp.example.org/Shibboleth.sso/SAML2/ECP";
const SP = { show: "service provider show {name}", delete: "service provider delete {name}", volatile: [] };

export default [
  read("service provider list"),
  read("service provider show e2e-no-such-sp", { compare: "error" }),
  read("service provider delete e2e-no-such-sp e2e-no-such-sp-2", { compare: "error" }),
  read("service provider set e2e-no-such-sp --description x", { compare: "error" }),
  read(`service provider create e2e-no-such-sp ${URLS} --enable --disable`, { compare: "usage" }),
  read("service provider create e2e-no-such-sp --auth-url https://x", { compare: "usage" }),
  write({ name: "service provider create (defaults), set", create: `service provider create {name} ${URLS}`, change: ["service provider set {name} --disable --description {name} --auth-url https://sp2.example.org/auth", "service provider show {name} -c enabled -c auth_url -c sp_url", "service provider set {name} --enable --service-provider-url https://sp2.example.org/ecp --description ''"], ...SP }),
  write({ name: "service provider create --disable --description", create: `service provider create {name} ${URLS} --disable --description {name}`, ...SP }),
];
