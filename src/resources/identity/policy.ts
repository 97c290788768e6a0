/** Keystone v3 policies (keystoneclient's Policy): a blob of rules, shown as `rules`. */
import { OscError } from "../../errors.ts";
import { blank, keystoneResource } from "./_keystone.ts";

export const policy = {
  ...keystoneResource({
    path: "/policies",
    key: "policy",
    plural: "policies",
    noun: "policy",
    attrs: { id: blank, type: blank, blob: blank },
  }),
  bodyShow: { drop: ["links"], rename: { blob: "rules" } },
};

/** osc_lib's read_blob_file_contents: the file's text, stripped. */
export async function readRules(path: string): Promise<string> {
  try {
    return (await Deno.readTextFile(path)).trim();
  } catch {
    throw new OscError(`Error occurred trying to read from file ${path}`);
  }
}
