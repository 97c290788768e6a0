// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** A value naming {name}-<suffix>: each client has its own {name}. */
const OWN = (v: unknown) => String(v).replace(/e2e-[0-9a-f]+-\d+-(ts|py)/g, "<name>");
/**
 * Limits only for a service of each client's own (type {name}-t) and a project of its own.
 * The case's subject is the registered limit (its ID is the create's): the project limits are made
 * in its steps and go with the project (Keystone deletes a project's limits with it); the
 * registered limit is deleted last.
 */
const LIMIT = {
  setup: ["service create {name}-t --name {name}-s", "project create {name}-p"],
  teardown: ["project delete {name}-p", "service delete {name}-t"],
  show: "registered limit show {id}",
  delete: "registered limit delete {id}",
  volatile: ["id", "service_id"],
  masks: { resource_name: OWN },
};

export default [
  read("registered limit list"),
  read("registered limit list --service nova --resource-name e2e-no-such-resource --region RegionOne"),
  read("registered limit list --service e2e-no-such-service", { compare: "error" }),
  read("registered limit list --region e2e-no-such-region", { compare: "error" }),
  read("registered limit show e2e-no-such-limit", { compare: "error" }),
  read("registered limit set e2e-no-such-limit --default-limit 1", { compare: "error" }),
  read("registered limit set e2e-no-such-limit --service e2e-no-such-service", { compare: "error" }),
  read("registered limit create --service e2e-no-such-service --default-limit 1 e2e-never-made", { compare: "error" }),
  read("registered limit create --service compute --default-limit 1 e2e-never-made", { compare: "error", name: "registered limit create: a service type is no name or ID here" }),
  read("registered limit create --service nova --default-limit 1 --region e2e-no-such-region e2e-never-made", { compare: "error" }),
  read("registered limit create e2e-never-made", { compare: "usage" }),
  read("registered limit create --service nova --default-limit x e2e-never-made", { compare: "usage" }),
  read("limit list"),
  read("limit list --service nova --resource-name e2e-no-such-resource --project admin"),
  read("limit list --project e2e-no-such-project", { compare: "error" }),
  read("limit list --service e2e-no-such-service", { compare: "error" }),
  read("limit show e2e-no-such-limit", { compare: "error" }),
  read("limit set e2e-no-such-limit --resource-limit 1", { compare: "error" }),
  read("limit delete e2e-no-such-limit e2e-no-such-limit-2", { compare: "error" }),
  read("limit create --project admin --service e2e-no-such-service --resource-limit 1 e2e-never-made", { compare: "error" }),
  read("limit create --project e2e-no-such-project --service nova --resource-limit 1 e2e-never-made", { compare: "error" }),
  read("limit create --service nova e2e-never-made", { compare: "usage" }),
  write({ name: "registered limit create, show, delete", ...LIMIT, create: "registered limit create --service {name}-s --default-limit 5 {name}" }),
  write({ name: "registered limit set; limit create and list", ...LIMIT, create: "registered limit create --service {name}-s --default-limit 5 --description 'made by e2e' {name}", change: ["registered limit set {id} --default-limit 7 --description changed -f value -c default_limit -c description", "registered limit list --service {name}-t --resource-name {name} -c 'Resource Name' -c 'Default Limit' -c Description -f value", "limit create --project {name}-p --service {name}-t --resource-limit 3 --description lim {name} -f value -c resource_limit -c description -c region_id", "limit create --project {name}-p --service {name}-t --resource-limit 3 {name}", "limit list --project {name}-p -c 'Resource Name' -c 'Resource Limit' -c Description -f value", "limit list --service {name}-t --resource-name {name} -c 'Resource Limit' -f value", "project delete {name}-p", "limit list --service {name}-t -f value"] }),
];
