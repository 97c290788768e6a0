// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

/**
 * Every field python shows but additional_user_agent (osc-lib's version, not a setting). No case
 * shows a password unmasked: the logs of a failed case print both outputs.
 */
const FIELDS = ["api_timeout", "auth.auth_url", "auth.password", "auth.project_domain_name", "auth.project_name", "auth.user_domain_name", "auth.username", "auth_type", "baremetal_introspection_status_code_retries", "baremetal_status_code_retries", "beta_command", "cacert", "cert", "cloud", "default_domain", "deferred_help", "disable_vendor_agent", "dns_api_version", "floating_ip_source", "identity_api_version", "image_api_use_tasks", "image_format", "image_status_code_retries", "interface", "key", "key_manager_api_version", "message", "network_api_version", "networks", "object_store_api_version", "region_name", "secgroup_source", "status", "timing", "verbose_level", "verify"].map((c) => `-c ${c}`).join(" ");

export default [
  read(`configuration show ${FIELDS}`, { name: "configuration show (password masked)" }),
  read(`configuration show --mask -f json ${FIELDS}`, { compare: "json", cloud: "demo", name: "configuration show --mask -f json as demo" }),
  read(`--os-compute-api-version 2.1 --os-interface internal --os-volume-api-version 3.5 --os-default-domain e2e configuration show -f json ${FIELDS} -c compute_api_version -c volume_api_version`, { compare: "json", name: "configuration show: options given" }),
  read("configuration show -f json -c auth.system_scope -c auth.username -c auth.password -c auth_type", { compare: "json", cloud: "admin-system" }),
  read("configuration show --unmask -c auth.username -c auth.project_name -c auth_type"),
  read("configuration show --mask --unmask", { compare: "usage" }),
];
