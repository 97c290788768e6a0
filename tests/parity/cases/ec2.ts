// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

// an EC2 credential is known by its access key; the secret differs between two
const EC2 = { show: "ec2 credentials show {id}", delete: "ec2 credentials delete {id}", idKey: "access", volatile: ["access", "secret", "links"] };

export default [
  read("ec2 credentials show e2e-no-such-access", { compare: "error" }),
  read("ec2 credentials show e2e-no-such-access --user e2e-no-such-user", { compare: "error" }),
  read("ec2 credentials show e2e-no-such-access --user-domain e2e-no-such-domain", { compare: "error" }),
  read("ec2 credentials show e2e-no-such-access --user admin --user-domain default", { compare: "error" }),
  read("ec2 credentials list --user e2e-no-such-user", { compare: "error" }),
  read("ec2 credentials list --user demo --user-domain e2e-no-such-domain", { compare: "error" }),
  read("ec2 credentials delete e2e-no-such-access e2e-no-such-access-2", { compare: "error" }),
  read("ec2 credentials delete e2e-no-such-access --user e2e-no-such-user", { compare: "error" }),
  read("ec2 credentials create --project e2e-no-such-project", { compare: "error" }),
  read("ec2 credentials create --project admin --project-domain e2e-no-such-domain", { compare: "error" }),
  read("ec2 credentials create --user e2e-no-such-user", { compare: "error" }),
  read("ec2 credentials show", { compare: "usage" }),
  // as demo: nobody else makes EC2 credentials for demo, so the list holds the two of this case
  write({ name: "ec2 credentials create (the token's user and project) as demo", cloud: "demo", create: "ec2 credentials create", change: ["ec2 credentials list -c 'Project ID' -c 'User ID' -f value"], ...EC2 }),
  write({ name: "ec2 credentials create for a user and project", create: "ec2 credentials create --user admin --user-domain default --project admin --project-domain default", change: ["ec2 credentials show {id} --user admin -c user_id -c project_id"], show: "ec2 credentials show {id} --user admin", delete: "ec2 credentials delete {id} --user admin", idKey: "access", volatile: ["access", "secret", "links"] }),
];
