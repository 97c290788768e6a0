/** The recorded command scenarios (record.ts writes fixtures/<name>.json for each). */
import type { Scenario } from "./replay.ts";

const V21 = ["--os-compute-api-version", "2.1"];
const VMAX = ["--os-compute-api-version", "2.92"];
const IMAGE = "cirros-0.6.2-x86_64-disk";

export const scenarios: Scenario[] = [
  { name: "server_show_v21", argv: [...V21, "server", "show", "server-1"] },
  { name: "server_show_v292_json", argv: [...VMAX, "server", "show", "server-1", "-f", "json"] },
  { name: "server_show_v292_yaml", argv: [...VMAX, "server", "show", "server-2", "-f", "yaml"] },
  {
    name: "server_show_diagnostics",
    argv: [...V21, "server", "show", "server-1", "--diagnostics"],
  },
  { name: "server_show_topology", argv: [...VMAX, "server", "show", "server-1", "--topology"] },
  { name: "server_show_not_found", argv: ["server", "show", "no-such-server"] },
  {
    name: "server_show_diagnostics_forbidden",
    argv: ["server", "show", "demo-server-1", "--diagnostics"],
    cloud: "demo",
  },

  { name: "flavor_list", argv: ["flavor", "list"] },
  { name: "flavor_list_long", argv: ["flavor", "list", "--long"] },
  { name: "flavor_list_long_json", argv: ["flavor", "list", "--long", "-f", "json"] },
  { name: "flavor_list_long_v21", argv: [...V21, "flavor", "list", "--long", "-f", "yaml"] },
  { name: "flavor_list_long_v292", argv: [...VMAX, "flavor", "list", "--long", "-f", "csv"] },
  { name: "flavor_show", argv: ["flavor", "show", "m1.tiny"] },
  { name: "flavor_show_json", argv: ["flavor", "show", "2", "-f", "json"] },
  { name: "flavor_show_not_found", argv: ["flavor", "show", "no-such-flavor"] },
  { name: "flavor_list_bad_marker", argv: ["flavor", "list", "--marker", "no-such-flavor"] },

  { name: "image_list", argv: ["image", "list"] },
  { name: "image_list_long", argv: ["image", "list", "--long"] },
  { name: "image_list_long_json", argv: ["image", "list", "--long", "-f", "json"] },
  { name: "image_list_marker", argv: ["image", "list", "--marker", IMAGE] },
  {
    name: "image_list_property",
    argv: ["image", "list", "--property", `owner_specified.openstack.object=images/${IMAGE}`],
  },
  { name: "image_list_bad_sort", argv: ["image", "list", "--sort", "name:up"] },
  { name: "image_show", argv: ["image", "show", IMAGE] },
  { name: "image_show_json", argv: ["image", "show", IMAGE, "-f", "json"] },
  { name: "image_show_human", argv: ["image", "show", "--human-readable", IMAGE, "-f", "shell"] },
  { name: "image_show_not_found", argv: ["image", "show", "no-such-image"] },

  { name: "network_list", argv: ["network", "list"] },
  { name: "network_list_long", argv: ["network", "list", "--long"] },
  { name: "network_list_long_json", argv: ["network", "list", "--long", "-f", "json"] },
  { name: "network_list_demo", argv: ["network", "list", "--long"], cloud: "demo" },
  { name: "network_show", argv: ["network", "show", "private"] },
  { name: "network_show_json", argv: ["network", "show", "private", "-f", "json"] },
  { name: "network_show_not_found", argv: ["network", "show", "no-such-network"] },
  { name: "network_list_bad_agent", argv: ["network", "list", "--agent", "no-such-agent"] },

  { name: "volume_list", argv: ["volume", "list"] },
  { name: "volume_list_long", argv: ["volume", "list", "--long"] },
  { name: "volume_list_long_json", argv: ["volume", "list", "--long", "-f", "json"] },
  { name: "volume_list_display_name", argv: ["volume", "list", "-c", "Display Name", "-c", "ID"] },
  { name: "volume_show", argv: ["volume", "show", "volume-1"] },
  { name: "volume_show_json", argv: ["volume", "show", "volume-1", "-f", "json"] },
  { name: "volume_show_not_found", argv: ["volume", "show", "no-such-volume"] },

  { name: "project_list", argv: ["project", "list"] },
  { name: "project_list_long", argv: ["project", "list", "--long"] },
  { name: "project_list_long_json", argv: ["project", "list", "--long", "-f", "json"] },
  { name: "project_list_user", argv: ["project", "list", "--user", "demo", "--domain", "default"] },
  { name: "project_list_demo", argv: ["project", "list", "--long"], cloud: "demo" },
  {
    name: "project_list_demo_forbidden",
    argv: ["project", "list", "--domain", "default"],
    cloud: "demo",
  },
  { name: "project_list_bad_domain", argv: ["project", "list", "--domain", "no-such-domain"] },

  { name: "token_issue", argv: ["token", "issue", "-f", "json"], volatile: true },
  {
    name: "token_issue_system",
    argv: ["token", "issue", "-f", "json"],
    cloud: "admin-system",
    volatile: true,
  },
];
