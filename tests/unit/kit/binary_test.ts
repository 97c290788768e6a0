/** kit/binary.ts, kit/md5.ts and openstacksdk's wording of error bodies (api/sdk.ts). */
import { deepStrictEqual, strictEqual } from "node:assert";
import { osErrorText, saveDownload, uploadSource } from "../../../src/kit/binary.ts";
import { Md5 } from "../../../src/kit/md5.ts";
import { sdkErrorText, sdkHtmlDetails } from "../../../src/api/sdk.ts";
import { HttpError } from "../../../src/http/errors.ts";
import { HttpClient } from "../../../src/http/client.ts";
import type { Context } from "../../../src/context.ts";

const enc = new TextEncoder();
const bytes = (...parts: number[][]) =>
  ReadableStream.from(parts.map((p) => new Uint8Array(p) as Uint8Array<ArrayBuffer>));

Deno.test("md5: python hashlib's digests, whole or fed in pieces", () => {
  // python3 -c "import hashlib; print(hashlib.md5(b'').hexdigest(), ...)"
  strictEqual(new Md5().hex(), "d41d8cd98f00b204e9800998ecf8427e");
  strictEqual(new Md5().update(enc.encode("abc")).hex(), "900150983cd24fb0d6963f7d28e17f72");
  const data = new Uint8Array(1000).map((_, i) => (i * 7) % 256);
  const pieces = new Md5().update(data.subarray(0, 3)).update(data.subarray(3, 130))
    .update(data.subarray(130));
  strictEqual(pieces.hex(), "de809ff794e91b68f9e91a2b7030bcb0");
  strictEqual(new Md5().update(data).hex(), "de809ff794e91b68f9e91a2b7030bcb0");
});

Deno.test("os errors read as python's OSError", () => {
  strictEqual(
    osErrorText(new Deno.errors.NotFound("x"), "/nope/f"),
    "[Errno 2] No such file or directory: '/nope/f'",
  );
  strictEqual(
    osErrorText(new Deno.errors.PermissionDenied("x"), "/f"),
    "[Errno 13] Permission denied: '/f'",
  );
  strictEqual(osErrorText(new Error("other"), "/f"), undefined);
});

function ctxWith(over: Partial<Context>): Context {
  return { stdout: { write: () => Promise.resolve() }, fs: {}, ...over } as unknown as Context;
}

Deno.test("upload source: the file given, else piped stdin, else nothing", async () => {
  const file = ctxWith({
    fs: {
      openRead: (p: string) =>
        p === "/img"
          ? Promise.resolve({ stream: bytes([1, 2]), size: 2 })
          : Promise.reject(new Deno.errors.NotFound(p)),
    } as unknown as Context["fs"],
    stdinData: () => bytes([9]),
  });
  const got = await uploadSource(file, "/img");
  strictEqual(got?.file, "/img");
  strictEqual(got?.size, 2);
  deepStrictEqual([...new Uint8Array(await new Response(got!.data).arrayBuffer())], [1, 2]);
  const missing = await uploadSource(file, "/gone").catch((e) => e.message);
  strictEqual(missing, "[Errno 2] No such file or directory: '/gone'");
  const piped = await uploadSource(file);
  deepStrictEqual([...new Uint8Array(await new Response(piped!.data).arrayBuffer())], [9]);
  strictEqual(await uploadSource(ctxWith({ stdinData: () => undefined })), undefined);
});

Deno.test("a download goes to the file or to stdout byte for byte, every chunk seen by the tap", async () => {
  const written = new Map<string, number[]>();
  let out: number[] = [];
  const ctx = ctxWith({
    fs: {
      writeStream: async (p: string, d: ReadableStream<Uint8Array>) => {
        written.set(p, [...new Uint8Array(await new Response(d).arrayBuffer())]);
      },
    } as unknown as Context["fs"],
    stdoutBytes: async (d: ReadableStream<Uint8Array>) => {
      out = [...new Uint8Array(await new Response(d).arrayBuffer())];
    },
  });
  const sum = new Md5();
  await saveDownload(ctx, bytes([0, 255], [10, 13]), "/f", (c) => sum.update(c));
  deepStrictEqual(written.get("/f"), [0, 255, 10, 13]);
  strictEqual(sum.hex(), new Md5().update(new Uint8Array([0, 255, 10, 13])).hex());
  await saveDownload(ctx, bytes([128, 0]), undefined);
  deepStrictEqual(out, [128, 0]);
});

// Glance's 403 page, as curl shows it
const PAGE = "<html>\n <head>\n  <title>403 Forbidden</title>\n </head>\n <body>\n" +
  "  <h1>403 Forbidden</h1>\n  Image 1 is protected and cannot be deleted.<br /><br />\n\n\n\n" +
  " </body>\n</html>";

Deno.test("openstacksdk's details of an HTML error: its lines, once each (python: in set order)", () => {
  // python prints either order from run to run; both parts are these
  strictEqual(
    sdkHtmlDetails("text/html; charset=UTF-8", PAGE),
    "403 Forbidden: Image 1 is protected and cannot be deleted.",
  );
  strictEqual(sdkHtmlDetails("text/plain", PAGE), undefined);
});

Deno.test("openstacksdk's details: JSON message as sent, text/plain gives the reason phrase", () => {
  const url = "http://g/v2/images/1";
  const html = new HttpError(403, "x", undefined, url, undefined, {
    contentType: "text/html",
    text: PAGE,
  });
  strictEqual(
    sdkErrorText(html),
    `HttpException: 403: Client Error for url: ${url}, 403 Forbidden: Image 1 is protected and cannot be deleted.`,
  );
  const plain = new HttpError(403, "403 Forbidden Access was denied", undefined, url, undefined, {
    contentType: "text/plain; charset=UTF-8",
    text: "403 Forbidden\n\nAccess was denied to this resource.",
  });
  strictEqual(sdkErrorText(plain), `HttpException: 403: Client Error for url: ${url}, Forbidden`);
  const json = new HttpError(404, "one line", undefined, url, undefined, {
    contentType: "application/json",
    text: JSON.stringify({ message: "No image\n\n", code: "404 Not Found", title: "Not Found" }),
  });
  strictEqual(
    sdkErrorText(json),
    `ResourceNotFound: 404: Client Error for url: ${url}, No image\n\n`,
  );
});

Deno.test("a header given as null is left out (openstacksdk sends no Accept on Glance writes)", async () => {
  let seen: Headers | undefined;
  const http = new HttpClient({
    now: () => 0,
    fetch: (_u, init) => {
      seen = new Headers(init!.headers);
      return Promise.resolve(new Response(null, { status: 204 }));
    },
  });
  await http.request("http://g/v2/images/1", { method: "DELETE", headers: { Accept: null } });
  strictEqual(seen!.has("accept"), false);
  await http.request("http://g/v2/images/1", { method: "DELETE" });
  strictEqual(seen!.get("accept"), "application/json");
});
