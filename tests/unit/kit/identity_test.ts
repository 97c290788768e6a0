/** Keystone lookups (domains, the 403 rule), PATCH updates and the tag rules of set. */
import { deepStrictEqual, rejects, strictEqual, throws } from "node:assert";
import { serviceIn, withService } from "../../../src/resources/identity/endpoint.ts";
import {
  findService,
  identityFind,
  identityFindIn,
  keystoneauthWording,
  limitRegionId,
} from "../../../src/kit/identity.ts";
import { tagsUpdate } from "../../../src/kit/identity_flags.ts";
import { updateItem } from "../../../src/kit/resource.ts";
import { project } from "../../../src/resources/identity/project.ts";
import type { ServiceClient } from "../../../src/http/service.ts";
import { HttpError } from "../../../src/http/errors.ts";
import { withQuery } from "../../../src/http/client.ts";

function scripted(answers: Record<string, unknown>) {
  const seen: string[] = [];
  const svc = {
    type: "identity",
    request(path: string, opts: { method?: string; query?: Record<string, unknown> } = {}) {
      const key = `${opts.method ?? "GET"} ${withQuery(path, opts.query as never)}`;
      seen.push(key);
      if (!(key in answers)) return Promise.reject(new HttpError(404, "nf", undefined, path));
      const a = answers[key];
      if (typeof a === "number") return Promise.reject(new HttpError(a, "no", undefined, path));
      return Promise.resolve({ status: 200, body: a, headers: new Headers(), url: path });
    },
    async get(path: string, query?: Record<string, unknown>) {
      return (await this.request(path, { query })).body;
    },
  };
  return { svc: svc as unknown as ServiceClient, seen };
}

Deno.test("keystone lookup keeps what the name filter returns, narrowed to a domain", async () => {
  const { svc, seen } = scripted({
    "GET /domains?name=D": { domains: [{ id: "d1", name: "D" }] },
    // the server's filter may ignore case (MySQL): keystoneclient keeps the match
    "GET /projects?domain_id=d1&name=p": { projects: [{ id: "p1", name: "P" }] },
  });
  strictEqual((await identityFindIn(svc, project, "p", "D")).id, "p1");
  deepStrictEqual(seen, [
    "GET /domains/D",
    "GET /domains?name=D",
    "GET /projects/p",
    "GET /projects?domain_id=d1&name=p",
  ]);
});

Deno.test("keystone lookup: keystoneclient's messages", async () => {
  const { svc } = scripted({
    "GET /projects?name=two": { projects: [{ id: "a", name: "two" }, { id: "b", name: "two" }] },
    "GET /projects?name=none": { projects: [] },
  });
  await rejects(identityFind(svc, project, "two"), {
    message: "More than one project exists with the name 'two'.",
  });
  await rejects(identityFind(svc, project, "none"), {
    message: "No project with a name or ID of 'none' exists.",
  });
});

Deno.test("a 403 while looking: the name as the ID, unless utils.find_resource is the rule", async () => {
  const { svc } = scripted({
    "GET /projects/x": 403,
    "GET /projects?name=x": 403,
    "GET /projects": 403,
  });
  deepStrictEqual(await identityFind(svc, project, "x"), { id: "x", name: "x" });
  await rejects(identityFind(svc, project, "x", { forbiddenAsId: false }), { status: 403 });
});

Deno.test("keystone updates are PATCHes", async () => {
  const { svc, seen } = scripted({ "PATCH /projects/p1": { project: { id: "p1" } } });
  await updateItem(svc, project, "p1", { name: "n" });
  deepStrictEqual(seen, ["PATCH /projects/p1"]);
});

Deno.test("tagsUpdate: python's update_tags_in_args", () => {
  const f = (o: Partial<{ tag: string[]; clearTags: boolean; removeTag: string }>) => ({
    tag: [],
    clearTags: false,
    ...o,
  });
  strictEqual(tagsUpdate(["a"], f({})), undefined);
  deepStrictEqual(tagsUpdate(["a"], f({ tag: ["b", "a"] })), ["a", "b"]);
  deepStrictEqual(tagsUpdate(["a"], f({ clearTags: true })), []);
  deepStrictEqual(tagsUpdate(["a"], f({ clearTags: true, tag: ["c"] })), ["c"]);
  // --remove-tag ignores --tag
  deepStrictEqual(tagsUpdate(["a", "b"], f({ removeTag: "a", tag: ["c"] })), ["b"]);
  deepStrictEqual(tagsUpdate(["a"], f({ removeTag: "zz" })), ["a"]);
});

Deno.test("keystoneauth words werkzeug's HTML 404 by its status alone", async () => {
  const html = new HttpError(404, "404 Not Found", "req-1", "/x");
  await rejects(keystoneauthWording(Promise.reject(html)), (e: HttpError) => {
    strictEqual(e.message, "Not Found (HTTP 404) (Request-ID: req-1)");
    return true;
  });
  // Keystone's own JSON message stays as it is
  const json = new HttpError(404, "Could not find role: r.", "req-2", "/x");
  await rejects(keystoneauthWording(Promise.reject(json)), (e: HttpError) => e === json);
});

// python 6.0's messages (identity.common.find_service, get_resource), seen on the test cloud
Deno.test("findService: by ID, then name, then type; python's messages", async () => {
  const nova = { id: "n1", name: "nova", type: "compute" };
  const { svc, seen } = scripted({
    "GET /services?name=compute": { services: [] },
    "GET /services?type=compute": { services: [nova] },
    "GET /services?name=two": { services: [nova, { ...nova, id: "n2" }] },
    "GET /services?name=none": { services: [] },
    "GET /services?type=none": { services: [] },
    "GET /services/locked": 403,
  });
  deepStrictEqual(await findService(svc, "compute"), nova);
  deepStrictEqual(seen, [
    "GET /services/compute",
    "GET /services?name=compute",
    "GET /services?type=compute",
  ]);
  await rejects(findService(svc, "two"), {
    message: "Multiple service matches found for 'two', use an ID to be more specific.",
  });
  await rejects(findService(svc, "none"), {
    message: "No service with a type, name or ID of 'none' exists.",
  });
  // only a 404 goes on to the name
  await rejects(findService(svc, "locked"), { status: 403 });
});

Deno.test("limitRegionId: one GET; a 404 in python's words; 'None' in the text is no region", async () => {
  const { svc, seen } = scripted({ "GET /regions/R1": { region: { id: "R1" } } });
  strictEqual(await limitRegionId(svc, "R1"), "R1");
  strictEqual(await limitRegionId(svc, undefined), undefined);
  strictEqual(await limitRegionId(svc, "NoneSuch"), undefined);
  await rejects(limitRegionId(svc, "x"), { message: "No resource with name or id of 'x' exists" });
  deepStrictEqual(seen, ["GET /regions/R1", "GET /regions/x"]);
});

Deno.test("endpoint rows: the service's name, '' when it has none (python's get_service_name)", () => {
  const ep = { id: "e1", service_id: "s1" };
  deepStrictEqual(withService(ep, { id: "s1", type: "t" }), {
    ...ep,
    service_name: "",
    service_type: "t",
  });
  deepStrictEqual(withService(ep, { id: "s1", name: "n", type: "t" }).service_name, "n");
  throws(() => serviceIn([{ id: "s2" }], "s1"), {
    message: "No service with a type, name or ID of 's1' exists.",
  });
});
