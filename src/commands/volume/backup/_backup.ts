/** A backup as python shows it: the body's keys without links, sorted. */
import type { Backup } from "../../../api/volume/backups.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import type { ShowResult } from "../../../output/types.ts";

export function backupShow(b: Backup): ShowResult {
  return bodyShowResult(b, { drop: ["links"] });
}
