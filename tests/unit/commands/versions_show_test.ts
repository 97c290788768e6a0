// Expected values: keystoneauth1 5.0's discover module (_combine_relative_url,
// _get_discovery_url_choices, Status.normalize, version_string_data), run on the same inputs.
import { deepStrictEqual as assertEquals } from "node:assert";
import {
  combineUrl,
  discoveryUrls,
  normalStatus,
  versionFromUrl,
  versionRows,
} from "../../../src/commands/versions/show.ts";

Deno.test("versions show: links resolved like keystoneauth", () => {
  assertEquals(combineUrl("http://127.0.0.1:8778", ""), "http://127.0.0.1:8778/");
  assertEquals(
    combineUrl("http://127.0.0.1:8776/", "http://127.0.0.1:8776/v3/"),
    "http://127.0.0.1:8776/v3/",
  );
  assertEquals(
    combineUrl("https://cloud.example/volume/", "http://10.0.0.1:8776/v3/"),
    "https://cloud.example/volume/v3/",
  );
});

Deno.test("versions show: the root first, then the catalog's URL", () => {
  assertEquals(discoveryUrls("http://127.0.0.1:8776/v3/abc", "abc"), [
    "http://127.0.0.1:8776/",
    "http://127.0.0.1:8776/v3/abc",
  ]);
  assertEquals(discoveryUrls("http://127.0.0.1:9292", "abc"), ["http://127.0.0.1:9292"]);
  assertEquals(discoveryUrls("http://h/compute/v2.1", "abc"), [
    "http://h/compute/",
    "http://h/compute/v2.1",
  ]);
});

Deno.test("versions show: statuses and rows", () => {
  assertEquals([normalStatus("stable"), normalStatus("weird")], ["CURRENT", "UNKNOWN"]);
  const rows = versionRows("http://127.0.0.1:8774/", [
    {
      id: "v2.1",
      status: "CURRENT",
      version: "2.93",
      min_version: "2.1",
      links: [{ rel: "self", href: "http://127.0.0.1:8774/v2.1/" }],
    },
    {
      id: "v2.0",
      status: "SUPPORTED",
      version: "",
      min_version: "",
      links: [{ rel: "self", href: "http://127.0.0.1:8774/v2/" }],
    },
    { id: "v9", status: "CURRENT", links: [] },
  ]);
  assertEquals(rows, [
    {
      version: [2, 0],
      status: "SUPPORTED",
      url: "http://127.0.0.1:8774/v2/",
      min: null,
      max: null,
    },
    {
      version: [2, 1],
      status: "CURRENT",
      url: "http://127.0.0.1:8774/v2.1/",
      min: "2.1",
      max: "2.93",
    },
  ]);
});

Deno.test("versions show: the version a URL names when discovery finds nothing (_version_from_url)", () => {
  // keystoneauth1's _version_from_url on the same URLs
  assertEquals(versionFromUrl("http://127.0.0.1:8080/v1/AUTH_abc"), [1, 0]);
  assertEquals(versionFromUrl("http://h/v2.1/x"), [2, 1]);
  assertEquals(versionFromUrl("http://h:5000/"), null);
  assertEquals(versionFromUrl("http://h/volume/v3/123"), [3, 0]);
  assertEquals(versionFromUrl("http://h/vx/1"), null);
});
