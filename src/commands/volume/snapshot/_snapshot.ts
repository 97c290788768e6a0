/** Snapshot fields as python shows them: the body's keys, metadata as `properties`, sorted. */
import type { Snapshot } from "../../../api/volume/volumes.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import type { ShowResult } from "../../../output/types.ts";

export function snapshotShow(s: Snapshot): ShowResult {
  return bodyShowResult(s, { rename: { metadata: "properties" }, format: { metadata: "dict" } });
}
