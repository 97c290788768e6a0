/** api/object_store/swift.ts and commands/object/_store.ts: python's object_store_v1 helpers. */
import { deepStrictEqual, rejects, strictEqual, throws } from "node:assert";
import {
  accountOf,
  ksaMessage,
  properties,
  pyTitle,
  quote,
  type Swift,
  swiftList,
  swiftRequest,
} from "../../../src/api/object_store/swift.ts";
import {
  entryRows,
  propertyMap,
  pyDirname,
  unsetHeaders,
} from "../../../src/commands/object/_store.ts";
import { HttpClient } from "../../../src/http/client.ts";
import { ServiceClient } from "../../../src/http/service.ts";

// expected values: python3 -c "import urllib.parse, os; ..." (python 3.11)
Deno.test("quote is urllib.parse.quote", () => {
  strictEqual(quote("a b/c"), "a%20b/c");
  strictEqual(quote("it's(x)*!~_.-"), "it%27s%28x%29%2A%21~_.-");
  strictEqual(quote("ü/é?#&=+%"), "%C3%BC/%C3%A9%3F%23%26%3D%2B%25");
  strictEqual(quote("/lead//x"), "/lead//x");
});

Deno.test("the account is the endpoint path's last segment", () => {
  strictEqual(accountOf("http://h:8080/v1/AUTH_abc"), "AUTH_abc");
  strictEqual(accountOf("http://h:8080/v1/AUTH_abc/"), "");
  strictEqual(accountOf("http://h/v1/AUTH_x?y=1"), "AUTH_x");
});

Deno.test("str.title and os.path.dirname", () => {
  strictEqual(pyTitle("x-container-meta-abc1def"), "X-Container-Meta-Abc1Def");
  strictEqual(pyTitle("x-account-meta-e2e-1-py"), "X-Account-Meta-E2E-1-Py");
  strictEqual(pyTitle("x-container-meta-ÄB"), "X-Container-Meta-Äb");
  const dirs: [string, string][] = [
    ["a/b/c", "a/b"],
    ["/x", "/"],
    ["x", ""],
    ["a//b", "a"],
    [
      "//x",
      "//",
    ],
    ["dir/", "dir"],
    ["", ""],
  ];
  for (const [path, dir] of dirs) strictEqual(pyDirname(path), dir, path);
});

Deno.test("properties: the headers' names as Swift sends them, the tag cut off", () => {
  const h = new Headers({ "X-Container-Meta-Color": "blue", "x-container-meta-my-key": "1" });
  h.set("x-container-object-count", "3");
  deepStrictEqual(properties(h, "x-container-meta-"), { "Color": "blue", "My-Key": "1" });
});

Deno.test("KeyValueAction: the first place and the last value of a key; errors", () => {
  deepStrictEqual([...propertyMap(["b=1", "a=x=y", "b=2", "c="])], [["b", "2"], ["a", "x=y"], [
    "c",
    "",
  ]]);
  throws(() => propertyMap(["novalue"]), /Expected 'key=value' type, but got: novalue/);
  throws(() => propertyMap(["=v"]), /Property key must be specified: =v/);
  deepStrictEqual(unsetHeaders(["a", "B"], "X-Remove-Object-Meta-"), {
    "X-Remove-Object-Meta-a": "x",
    "X-Remove-Object-Meta-B": "x",
  });
});

Deno.test("listing rows: keys from the column names, '' when an entry lacks one", () => {
  const rows = entryRows([{ name: "a", bytes: 3, content_type: "text/plain" }, { subdir: "d/" }], [
    "Name",
    "Bytes",
    "Content Type",
  ]);
  deepStrictEqual(rows.rows, [["a", 3, "text/plain"], ["", "", ""]]);
});

Deno.test("keystoneauth's error messages", () => {
  strictEqual(
    ksaMessage(404, { contentType: "text/html", text: "<h1>Not Found</h1>" }),
    "Not Found",
  );
  strictEqual(ksaMessage(400, { contentType: "text/plain", text: "name too long" }), "Bad Request");
  strictEqual(ksaMessage(418), "HTTP Client Error");
  strictEqual(ksaMessage(599), "HTTP Server Error");
  strictEqual(
    ksaMessage(413, { contentType: "application/json", text: '{"error": {"message": "big"}}' }),
    "big",
  );
});

/** A Swift whose answers come from `answer`; each request's method, URL and headers are kept. */
function fakeSwift(answer: (url: URL) => Response) {
  const seen: { method: string; url: string; headers: Headers }[] = [];
  const fetch = (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    seen.push({
      method: init?.method ?? "GET",
      url: url.href,
      headers: new Headers(init?.headers),
    });
    return Promise.resolve(answer(url));
  };
  const http = new HttpClient({ fetch: fetch as typeof globalThis.fetch, now: () => 0 });
  const tokens = { token: () => Promise.resolve("t"), refresh: () => Promise.resolve(undefined) };
  const client = new ServiceClient("object-store", "http://s/v1/AUTH_a/", http, tokens);
  const s: Swift = { client, account: "AUTH_a" };
  return { s, seen };
}

Deno.test("full listing: pages from the last name (or subdir) until an empty one", async () => {
  const pages: Record<string, unknown[]> = {
    "": [{ name: "a" }, { subdir: "d/" }],
    "d/": [{ name: "z" }],
    "z": [],
  };
  const { s, seen } = fakeSwift((url) =>
    Response.json(pages[url.searchParams.get("marker") ?? ""])
  );
  const all = await swiftList(s, "c", { all: true, delimiter: "/", limit: 2 });
  deepStrictEqual(all.map((e) => e.name ?? e.subdir), ["a", "d/", "z"]);
  deepStrictEqual(seen.map((r) => r.url), [
    "http://s/v1/AUTH_a/c?format=json&limit=2&delimiter=%2F",
    "http://s/v1/AUTH_a/c?format=json&limit=2&marker=d%2F&delimiter=%2F",
    "http://s/v1/AUTH_a/c?format=json&limit=2&marker=z&delimiter=%2F",
  ]);
  // python sends no Accept header
  strictEqual(seen[0].headers.get("accept"), null);
});

Deno.test("a 204 listing is empty; the account's own URL has no trailing slash", async () => {
  const { s, seen } = fakeSwift(() => new Response(null, { status: 204 }));
  deepStrictEqual(await swiftList(s, "", {}), []);
  strictEqual(seen[0].url, "http://s/v1/AUTH_a?format=json");
});

Deno.test("errors read as keystoneauth's; an upload goes without Content-Type", async () => {
  const { s, seen } = fakeSwift(() =>
    new Response("<html><h1>Conflict</h1><p>There was a conflict</p></html>", {
      status: 409,
      headers: { "content-type": "text/html", "x-openstack-request-id": "tx1" },
    })
  );
  await rejects(
    swiftRequest(s, "c/o", {
      method: "PUT",
      body: ReadableStream.from([new Uint8Array([1]) as Uint8Array<ArrayBuffer>]),
    }),
    { message: "Conflict (HTTP 409) (Request-ID: tx1)" },
  );
  strictEqual(seen[0].headers.get("content-type"), null);
});
