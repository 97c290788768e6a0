/** Neutron security groups, as openstacksdk's SecurityGroup presents them. */
import { defineResource } from "../../kit/resource.ts";
import { formatted } from "../../output/types.ts";
import { formatListOfDicts } from "../../columns/format.ts";

/**
 * The rules in a table: each rule without its empty values and without the
 * keys the group already tells (group and project ids); the raw list for json.
 */
function rules(value: unknown) {
  if (!Array.isArray(value)) return formatted("None", value ?? null);
  const trimmed = value.map((rule: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(rule).filter(([k, v]) =>
        pyTruthy(v) && !["security_group_id", "tenant_id", "project_id"].includes(k)
      ),
    )
  );
  return formatted(formatListOfDicts(trimmed), value);
}

function pyTruthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}

export const securityGroup = defineResource({
  service: "network",
  path: "/security-groups",
  key: "security_group",
  plural: "security_groups",
  sdkName: "SecurityGroup",
  noun: "security group",
  lookup: "sdk",
  paging: "links",
  attrs: {
    created_at: {},
    description: {},
    name: {},
    stateful: {},
    project_id: {},
    security_group_rules: { type: "list", show: "rules", format: rules },
    // python maps tenant_id to project_id as well; the later one wins
    tenant_id: { show: false },
    updated_at: {},
    revision_number: { type: "int" },
    id: {},
    location: { show: false },
    tags: { type: "list", default: [] },
  },
});
