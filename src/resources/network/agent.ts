/** Neutron agents, as openstacksdk's Agent presents them. */
import { defineResource } from "../../kit/resource.ts";

export const agent = defineResource({
  service: "network",
  path: "/agents",
  key: "agent",
  plural: "agents",
  sdkName: "Agent",
  noun: "network agent",
  lookup: "get",
  paging: "links",
  attrs: {
    agent_type: {},
    availability_zone: {},
    binary: {},
    configuration: { key: "configurations", format: "dict" },
    created_at: {},
    description: {},
    last_heartbeat_at: { key: "heartbeat_timestamp" },
    host: {},
    is_admin_state_up: {
      key: "admin_state_up",
      type: "bool",
      show: "admin_state_up",
      format: { yes: "UP", no: "DOWN" },
    },
    is_alive: { key: "alive", type: "bool", show: "alive", format: { yes: ":-)", no: "XXX" } },
    resources_synced: { type: "bool" },
    started_at: {},
    topic: {},
    ha_state: {},
    id: {},
    name: { show: false },
  },
});
