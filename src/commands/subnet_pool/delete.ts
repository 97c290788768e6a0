import { deleteCommand } from "../../kit/commands.ts";
import { subnetPool } from "../../resources/network/subnet_pool.ts";

export default deleteCommand(subnetPool, {
  summary: "Delete subnet pools",
  positional: { name: "subnetPool", metavar: "<subnet-pool>", help: "Subnet pools (names or IDs)" },
  noun: "subnet pool",
});
