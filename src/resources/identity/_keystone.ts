/** What every keystoneclient-backed collection shares (v3 CrudManager). */
import type { AttrTable } from "../../kit/attrs.ts";
import { defineResource, type Resource } from "../../kit/resource.ts";

/**
 * One keystone collection: osc_lib's find_resource through keystoneclient
 * (its find keeps whatever the name filter returns), PATCH updates, one page,
 * and show output from the response's own keys without `links`.
 * `noun` is keystoneclient's class name lowercased ("applicationcredential").
 */
export function keystoneResource(
  o: { path: string; key: string; plural: string; noun: string; attrs?: AttrTable },
): Resource {
  return defineResource({
    service: "identity",
    path: o.path,
    key: o.key,
    plural: o.plural,
    sdkName: o.noun,
    noun: o.noun,
    lookup: "osc",
    paging: "none",
    serverNameFilter: true,
    updateMethod: "PATCH",
    bodyShow: { drop: ["links"] },
    attrs: o.attrs ?? {},
  });
}

/** get_item_properties: a field the item lacks reads as "". */
export const blank = { default: "" } as const;
