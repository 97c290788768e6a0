/** Keystone v3 endpoint groups (keystoneclient's EndpointGroup, OS-EP-FILTER). */
import type { ServiceClient } from "../../http/service.ts";
import { OscError } from "../../errors.ts";
import { blank, keystoneResource } from "./_keystone.ts";
import { readRules } from "./policy.ts";

export const endpointGroup = keystoneResource({
  path: "/OS-EP-FILTER/endpoint_groups",
  key: "endpoint_group",
  plural: "endpoint_groups",
  noun: "endpointgroup",
  attrs: { id: blank, name: blank, description: blank },
});

/** _FiltersReader._read_filters: the file's JSON. */
export async function readFilters(path: string): Promise<unknown> {
  const blob = await readRules(path);
  try {
    return JSON.parse(blob);
  } catch (e) {
    // python words json's error its own way ("Expecting value: line 1 column 1 (char 0)")
    throw new OscError(
      `An error occurred when reading filters from file ${path}: ${(e as Error).message}`,
    );
  }
}

/** /OS-EP-FILTER/endpoint_groups/<group>/projects/<project>: a project's own endpoint group. */
export async function endpointGroupProject(
  svc: ServiceClient,
  method: "PUT" | "DELETE",
  group: string,
  project: string,
): Promise<void> {
  const path = `${endpointGroup.path}/${encodeURIComponent(group)}/projects/${
    encodeURIComponent(project)
  }`;
  await svc.request(path, { method, expectJson: false });
}
