import { deepStrictEqual, strictEqual } from "node:assert";
import { jsonExchange, loadAuth, loadFixture, replay } from "./replay.ts";

const KEYSTONE = "http://127.0.0.1:5000/v3";
const userOf = (cloud: string) =>
  JSON.parse(loadAuth(cloud).find((e) => e.method === "POST")!.body).token.user.id as string;

Deno.test("project list as a member: refused the full list, shows the user's own", async () => {
  const f = loadFixture("project_list_demo");
  const r = await replay(f.argv, f.cloud, f.exchanges);
  deepStrictEqual(r.requests.slice(1), [
    `GET ${KEYSTONE}/projects`,
    `GET ${KEYSTONE}/users/${userOf("demo")}/projects`,
  ]);
  strictEqual(r.stdout, f.python.stdout);
});

Deno.test("project list --my-projects: the authenticated user's projects", async () => {
  const own = loadFixture("project_list").exchanges[0];
  const url = `${KEYSTONE}/users/${userOf("admin")}/projects`;
  const r = await replay(["project", "list", "--my-projects", "--domain", "ignored"], "admin", [
    jsonExchange(`${KEYSTONE}/domains/ignored`, { domain: { id: "default", name: "Default" } }),
    { ...own, url },
  ]);
  strictEqual(r.code, 0, r.stderr);
  strictEqual(r.stdout, loadFixture("project_list").python.stdout);
});

Deno.test("project list --domain the caller may not look up: the name is used as the id", async () => {
  const denied = { error: { code: 403, message: "You are not authorized.", title: "Forbidden" } };
  const r = await replay(["project", "list", "--domain", "mine", "-f", "value"], "demo", [
    jsonExchange(`${KEYSTONE}/domains/mine`, denied, 403),
    jsonExchange(`${KEYSTONE}/domains?name=mine`, denied, 403),
    jsonExchange(`${KEYSTONE}/domains`, denied, 403),
    jsonExchange(`${KEYSTONE}/projects?domain_id=mine`, { projects: [{ id: "p1", name: "one" }] }),
  ]);
  strictEqual(r.code, 0, r.stderr);
  strictEqual(r.stdout, "p1 one\n");
});

Deno.test("project list --sort: keys right to left, stable, desc keeps ties in order", async () => {
  const projects = [
    { id: "3", name: "b", domain_id: "x" },
    { id: "1", name: "a", domain_id: "y" },
    { id: "2", name: "b", domain_id: "y" },
  ];
  const run = async (sort: string) =>
    (await replay(["project", "list", "--sort", sort, "-f", "value", "-c", "ID"], "admin", [
      jsonExchange(`${KEYSTONE}/projects`, { projects }),
    ])).stdout.split("\n").filter(Boolean);
  deepStrictEqual(await run("name"), ["1", "3", "2"]);
  deepStrictEqual(await run("name:desc"), ["3", "2", "1"]);
  deepStrictEqual(await run("domain_id:desc,name:asc"), ["1", "2", "3"]);
});

Deno.test("project list --tags: keystone's tag filters", async () => {
  const r = await replay(
    [
      "project",
      "list",
      "--tags",
      "a,b",
      "--tags-any",
      "c",
      "--not-tags",
      "d",
      "--not-tags-any",
      "e",
    ],
    "admin",
    [jsonExchange(`${KEYSTONE}/projects?tags=a%2Cb&tags-any=c&not-tags=d&not-tags-any=e`, {
      projects: [],
    })],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.unused, []);
});
