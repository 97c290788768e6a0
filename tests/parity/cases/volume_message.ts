// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

/** User messages need volume API 3.3; python's default (3.0) is refused before any request. */
const V33 = "--os-volume-api-version 3.3";
const V35 = "--os-volume-api-version 3.5";

export default [
  read("volume message list", { compare: "error", name: "volume message list needs 3.3" }),
  read("volume message show 00000000-0000-0000-0000-000000000000", { compare: "error", name: "volume message show needs 3.3" }),
  read("volume message delete 00000000-0000-0000-0000-000000000000", { compare: "error", name: "volume message delete needs 3.3" }),
  read(`${V35} volume message list --project demo`, { name: "volume message list --project demo (3.5)" }),
  read(`${V35} volume message list --project e2e-no-such-project`, { compare: "error", name: "volume message list --project unknown" }),
  read(`${V33} volume message show 00000000-0000-0000-0000-000000000000`, { compare: "error", name: "volume message show unknown" }),
  read(`${V33} volume message delete 00000000-0000-0000-0000-000000000000 e2e-not-an-id`, { compare: "error", name: "volume message delete unknown" }),
];
