/** catalog.py's EndpointsColumn: per endpoint its region, then "  <interface>: <url>". */
import type { CatalogService } from "../../auth/catalog.ts";
import { type Formatted, formatted } from "../../output/types.ts";

export function endpointsCell(endpoints: CatalogService["endpoints"] | undefined): Formatted {
  let human = "";
  for (const ep of endpoints ?? []) {
    human += (ep.region_id || ep.region || "<none>") + "\n";
    human += `  ${ep.interface}: ${ep.url}\n`;
  }
  return formatted(human, endpoints ?? null);
}
