// deno-fmt-ignore-file: one case per line
import { read, V21, write } from "../case.ts";

/** A fixed public key (no private half kept): both clients import it, so fingerprints agree. */
const PUBLIC_KEY_FILE = new URL("../../fixtures/e2e_key.pub", import.meta.url).pathname;

const KP = {
  show: `${V21} keypair show {name}`,
  delete: "keypair delete {name}",
  volatile: ["created_at"],
};

export default [
  read(`${V21} keypair list`),
  read("--os-compute-api-version 2.10 keypair list -f json", { compare: "json" }),
  read("--os-compute-api-version 2.35 keypair list --limit 1 -c Type"),
  read(`${V21} keypair list --limit 1`, { compare: "error", name: "keypair list --limit before 2.35" }),
  read(`${V21} keypair list --user admin`, { compare: "error", name: "keypair list --user before 2.10" }),
  read("keypair list --user admin --project admin", { compare: "usage" }),
  read("keypair show e2e-no-such-key", { compare: "error" }),
  read("keypair delete e2e-no-such-key e2e-no-such-key-2", { compare: "error" }),
  read(`${V21} keypair create e2e-never-made --type ssh`, { compare: "error", name: "keypair create --type before 2.2" }),
  read(`keypair create e2e-never-made --public-key /e2e/no/such/key`, { compare: "error" }),
  read("keypair create e2e-never-made --public-key a --private-key b", { compare: "usage" }),
  write({ name: "keypair create --public-key", create: `${V21} keypair create {name} --public-key ${PUBLIC_KEY_FILE}`, ...KP }),
  write({ name: "keypair create --public-key --type ssh (2.10)", create: `--os-compute-api-version 2.10 keypair create {name} --public-key ${PUBLIC_KEY_FILE} --type ssh`, ...KP }),
];
