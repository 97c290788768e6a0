/** Binary and streamed bodies through the HTTP client, and the progress line. */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { HttpClient } from "../../../src/http/client.ts";
import { withProgress } from "../../../src/http/progress.ts";

function chunks(...parts: string[]): ReadableStream<Uint8Array<ArrayBuffer>> {
  const enc = new TextEncoder();
  return ReadableStream.from(parts.map((p) => enc.encode(p) as Uint8Array<ArrayBuffer>));
}

async function collect(s: ReadableStream<Uint8Array>): Promise<string> {
  return await new Response(s).text();
}

Deno.test("an upload stream is sent as it is read, with its content type, and never retried", async () => {
  let calls = 0;
  let got = "";
  let type = "";
  const http = new HttpClient({
    now: () => 0,
    retries: 3,
    fetch: async (_url, init) => {
      calls++;
      got = await new Response(init!.body).text();
      type = new Headers(init!.headers).get("content-type") ?? "";
      return new Response("", { status: 503 });
    },
    sleep: () => Promise.resolve(),
  });
  const err = await http.request("http://x/v2/images/1/file", {
    method: "PUT",
    body: chunks("ab", "cd"),
    expectJson: false,
  }).catch((e) => e);
  strictEqual(err.status, 503);
  strictEqual(calls, 1);
  strictEqual(got, "abcd");
  strictEqual(type, "application/octet-stream");
});

Deno.test("a download is handed over unread; an error body is still read for its message", async () => {
  const http = new HttpClient({
    now: () => 0,
    fetch: (url) =>
      Promise.resolve(
        String(url).endsWith("/ok")
          ? new Response(chunks("x", "y", "z"), { status: 200 })
          : new Response('{"message": "gone"}', {
            status: 404,
            headers: { "content-type": "application/json" },
          }),
      ),
  });
  const res = await http.request("http://x/ok", { stream: true });
  ok(res.stream);
  strictEqual(await collect(res.stream), "xyz");
  const err = await http.request("http://x/missing", { stream: true }).catch((e) => e);
  strictEqual(err.status, 404);
  strictEqual(err.apiMessage, "gone");
});

Deno.test("progress: the bytes pass through unchanged; a final line with the total", async () => {
  const lines: string[] = [];
  const s = withProgress(chunks("a".repeat(1048576), "b".repeat(1048576)), {
    total: 2097152,
    label: "Uploading",
    sink: { write: (t) => Promise.resolve(void lines.push(t)) },
    now: () => 0,
  });
  strictEqual((await collect(s)).length, 2097152);
  deepStrictEqual(lines, [
    "\rUploading: 50% (1.0 MiB of 2.0 MiB)",
    "\rUploading: 100% (2.0 MiB of 2.0 MiB)\n",
  ]);
});

Deno.test("progress: no sink (stderr not a terminal), the same stream back", () => {
  const s = chunks("a");
  strictEqual(withProgress(s, { label: "x", now: () => 0 }), s);
});
