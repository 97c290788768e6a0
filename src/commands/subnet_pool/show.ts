import { showCommand } from "../../kit/commands.ts";
import { subnetPool } from "../../resources/network/subnet_pool.ts";

export default showCommand(subnetPool, {
  summary: "Show a subnet pool",
  positional: { name: "subnetPool", metavar: "<subnet-pool>", help: "Subnet pool (name or ID)" },
});
