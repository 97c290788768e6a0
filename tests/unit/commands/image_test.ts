import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { jsonExchange, loadFixture, replay, withBody } from "./replay.ts";
import { formatSize } from "../../../src/commands/image/_image.ts";

const GLANCE = "http://127.0.0.1:9292/v2";
const NAME = "cirros-0.6.2-x86_64-disk";
const oracle = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures/python_oracle.json", import.meta.url)),
);

Deno.test("image show: openstacksdk's typed attributes and extra properties (python_oracle.py)", async () => {
  const f = loadFixture("image_show_json");
  const { extra, json, properties, tags } = oracle.image_show_typed;
  const exchanges = withBody(f.exchanges, `${GLANCE}/images?name=${NAME}`, (b) => {
    const [img] = b.images as Record<string, unknown>[];
    return { ...b, images: [{ ...img, ...extra }] };
  });
  const r = await replay(f.argv, f.cloud, exchanges);
  strictEqual(r.stdout, json);
  const table = await replay(
    ["image", "show", NAME, "-f", "value", "-c", "tags"],
    f.cloud,
    exchanges,
  );
  strictEqual(table.stdout, "['b', 'a']\n");
  const t2 = await replay(
    ["image", "show", NAME, "-c", "properties", "-c", "tags"],
    f.cloud,
    exchanges,
  );
  ok(t2.stdout.includes(`| properties | ${properties} |`), t2.stdout);
  ok(t2.stdout.includes(`| tags       | ${tags}`), t2.stdout);
});

Deno.test("image list follows Glance's next link to the last page", async () => {
  const f = loadFixture("image_list");
  const [img] = JSON.parse(f.exchanges[0].body).images;
  const other = { ...img, id: "0b3f0000-0000-4000-8000-000000000001", name: "alpine" };
  const exchanges = [
    jsonExchange(`${GLANCE}/images`, {
      images: [img],
      next: `/v2/images?marker=${img.id}`,
      schema: "/v2/schemas/images",
    }),
    jsonExchange(`${GLANCE}/images?marker=${img.id}`, {
      images: [other],
      schema: "/v2/schemas/images",
    }),
  ];
  const r = await replay(["image", "list", "-f", "value", "-c", "Name"], f.cloud, exchanges);
  strictEqual(r.stdout, `alpine\n${NAME}\n`); // sorted by name, as python does
  deepStrictEqual(r.unused, []);
  const d = await replay(
    ["image", "list", "-f", "value", "-c", "Name", "--sort", "name:desc"],
    f.cloud,
    exchanges,
  );
  strictEqual(d.stdout, `${NAME}\nalpine\n`);
});

Deno.test("image list --tag sends one tag parameter per tag", async () => {
  const url = `${GLANCE}/images?visibility=public&tag=a&tag=b`;
  const r = await replay(
    ["image", "list", "--public", "--tag", "a", "--tag", "b"],
    "admin",
    [jsonExchange(url, { images: [] })],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.unused, []);
});

Deno.test("image list --property compares the attribute's value as python does (typed: never equal)", async () => {
  const f = loadFixture("image_list");
  const exchanges = withBody(f.exchanges, `${GLANCE}/images`, (b) => {
    const [img] = b.images as Record<string, unknown>[];
    return { ...b, images: [{ ...img, hw_cpu_cores: "2", os_distro: "cirros" }] };
  });
  const run = async (p: string) =>
    (await replay(
      ["image", "list", "--property", p, "-f", "value", "-c", "Name"],
      f.cloud,
      exchanges,
    ))
      .stdout;
  strictEqual(await run("os_distro=cirros"), `${NAME}\n`);
  strictEqual(await run("hw_cpu_cores=2"), ""); // an int in the SDK, "2" on the command line
  strictEqual(await run("visibility=private"), "");
});

Deno.test("image list --member-status is case-insensitive; a bad one is a usage error", async () => {
  const r = await replay(["image", "list", "--member-status", "Bogus"], "admin", []);
  strictEqual(r.code, 2);
  strictEqual(
    r.stderr,
    "openstack image list: error: argument --member-status: invalid choice: 'bogus' (choose from 'accepted', 'pending', 'rejected', 'all')\n",
  );
});

Deno.test("format_size as osc_lib: 1000-based, one decimal, zeros dropped", () => {
  strictEqual(formatSize(196616), "196.6K");
  strictEqual(formatSize(67108864), "67.1M");
  strictEqual(formatSize(1000), "1K");
  strictEqual(formatSize(999), "999");
  strictEqual(formatSize(null), "0");
});
