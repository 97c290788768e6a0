/** A transfer as python shows it: the body's keys without links, sorted. */
import type { Transfer } from "../../../../api/volume/transfers.ts";
import { bodyShowResult } from "../../../../kit/attrs.ts";
import type { ShowResult } from "../../../../output/types.ts";

export function transferShow(t: Transfer): ShowResult {
  return bodyShowResult(t, { drop: ["links"] });
}
