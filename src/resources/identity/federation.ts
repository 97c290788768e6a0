/**
 * Keystone's OS-FEDERATION collections (keystoneclient's federation managers):
 * identity providers, mappings, protocols (below an identity provider) and
 * service providers. Their items are named by the ID the user chose: created
 * with a PUT to that ID, shown from the response's own keys.
 */
import type { ServiceClient } from "../../http/service.ts";
import { objectIn } from "../../http/errors.ts";
import { OscError } from "../../errors.ts";
import type { Item, Resource } from "../../kit/resource.ts";
import { PyJsonError, pyJsonLoads } from "../../kit/pyjson.ts";
import { blank, keystoneResource } from "./_keystone.ts";
import { readRules } from "./policy.ts";

export const identityProvider: Resource = {
  ...keystoneResource({
    path: "/OS-FEDERATION/identity_providers",
    key: "identity_provider",
    plural: "identity_providers",
    noun: "identityprovider",
    attrs: { id: blank, enabled: blank, domain_id: blank, description: blank },
  }),
  bodyShow: { drop: ["links"], format: { remote_ids: "list" } },
};

export const mapping: Resource = keystoneResource({
  path: "/OS-FEDERATION/mappings",
  key: "mapping",
  plural: "mappings",
  noun: "mapping",
  attrs: { id: blank },
});

export const serviceProvider: Resource = keystoneResource({
  path: "/OS-FEDERATION/service_providers",
  key: "service_provider",
  plural: "service_providers",
  noun: "serviceprovider",
  attrs: { id: blank, enabled: blank, description: blank, auth_url: blank },
});

/** The protocols of one identity provider. */
export function protocols(idp: string): Resource {
  return {
    ...keystoneResource({
      path: `${identityProvider.path}/${encodeURIComponent(idp)}/protocols`,
      key: "protocol",
      plural: "protocols",
      noun: "protocol",
      attrs: { id: blank, mapping_id: blank },
    }),
    bodyShow: { drop: ["links"], rename: { mapping_id: "mapping" } },
  };
}

/** keystoneclient's federation create: a PUT to the chosen ID. */
export async function putItem(
  svc: ServiceClient,
  r: Resource,
  id: string,
  attrs: Record<string, unknown>,
): Promise<Item> {
  const res = await svc.request(`${r.path}/${encodeURIComponent(id)}`, {
    method: "PUT",
    json: { [r.key]: attrs },
  });
  return objectIn<Item>(res.body, r.key, svc.type);
}

// deno-lint-ignore no-control-regex
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** str.splitlines(): python's line boundaries, no empty last line. */
export function pySplitlines(s: string): string[] {
  if (s === "") return [];
  const lines = s.split(LINE_BREAK);
  if (new RegExp(`(${LINE_BREAK.source})$`).test(s)) lines.pop();
  return lines;
}

/**
 * --remote-id-file: the file's lines, each stripped (the file is stripped
 * first); otherwise the --remote-id values, or undefined when none was given.
 */
export async function remoteIds(
  f: { remoteId: readonly string[]; remoteIdFile?: string },
): Promise<string[] | undefined> {
  if (f.remoteIdFile) return pySplitlines(await readRules(f.remoteIdFile)).map((l) => l.trim());
  return f.remoteId.length ? [...f.remoteId] : undefined;
}

/** mapping's _read_rules: the file's JSON, with python's messages. */
export async function readMappingRules(path: string | undefined): Promise<unknown> {
  // python opens None when --rules is missing (mapping set)
  if (path === undefined) {
    throw new OscError("expected str, bytes or os.PathLike object, not NoneType");
  }
  const blob = await readRules(path);
  try {
    return pyJsonLoads(blob);
  } catch (e) {
    if (!(e instanceof PyJsonError)) throw e;
    throw new OscError(`An error occurred when reading rules from file ${path}: ${e.message}`);
  }
}

/** GET /auth/domains and /auth/projects: what the token may be scoped to. */
export const accessibleDomains: Resource = keystoneResource({
  path: "/auth/domains",
  key: "domain",
  plural: "domains",
  noun: "domain",
  attrs: { id: blank, enabled: blank, name: blank, description: blank },
});

export const accessibleProjects: Resource = keystoneResource({
  path: "/auth/projects",
  key: "project",
  plural: "projects",
  noun: "project",
  attrs: { id: blank, domain_id: blank, enabled: blank, name: blank },
});
