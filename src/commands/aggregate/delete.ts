import { deleteCommand } from "../../kit/commands.ts";
import { aggregate } from "../../resources/compute/aggregate.ts";

export default deleteCommand(aggregate, {
  summary: "Delete aggregates",
  positional: { name: "aggregate", metavar: "<aggregate>", help: "Aggregates (names or IDs)" },
  noun: "aggregate",
});
