import { strictEqual, throws } from "node:assert";
import { ipNetwork } from "../../../src/commands/address_group/_address.ts";

// expected: str(netaddr.IPNetwork(x)) from python3-netaddr, as openstackclient sends them
const CASES: [string, string][] = [
  ["10.0.0.1", "10.0.0.1/32"],
  ["10.0.0.0/24", "10.0.0.0/24"],
  ["10.0.0.5/24", "10.0.0.5/24"],
  ["fd00::1", "fd00::1/128"],
  ["FD00:0:0::1/64", "fd00::1/64"],
  ["10", "10.0.0.0/32"],
  ["10.1", "10.1.0.0/32"],
  ["bad", "ERR invalid IPNetwork bad"],
  ["1.2.3.4/33", "ERR invalid IPNetwork 1.2.3.4/33"],
  ["::ffff:1.2.3.4", "::ffff:1.2.3.4/128"],
  ["0x0a000001", "ERR invalid IPNetwork 0x0a000001"],
  ["010.0.0.1", "10.0.0.1/32"],
  ["1:0:1:1:1:1:1:1", "1:0:1:1:1:1:1:1/128"],
  ["1:0:0:1:0:0:1:1", "1::1:0:0:1:1/128"],
  ["0:0:0:0:0:0:0:0", "::/128"],
  ["::", "::/128"],
  ["1::", "1::/128"],
  ["::1.2.3.4", "::1.2.3.4/128"],
  ["::ffff:0a00:0001", "::ffff:10.0.0.1/128"],
  ["::1", "::1/128"],
  ["::2", "::2/128"],
  ["1.2.3.4/", "ERR invalid IPNetwork 1.2.3.4/"],
  ["2001:db8::/32", "2001:db8::/32"],
  [" 1.2.3.4", "1.2.3.4/32"],
  ["1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0/128"],
  ["1:2::3:4:1.2.3.4", "1:2::3:4:102:304/128"],
  ["::0.0.0.1", "::1/128"],
  ["::0.1.0.0", "::0.1.0.0/128"],
  ["fd00:0:0:0:0:0:0:0/64", "fd00::/64"],
  ["1:2:3:4:5:6:7:8:9", "ERR invalid IPNetwork 1:2:3:4:5:6:7:8:9"],
  [":::", "ERR invalid IPNetwork :::"],
  ["1.2.3.4.5", "ERR invalid IPNetwork 1.2.3.4.5"],
  ["256.0.0.1", "ERR invalid IPNetwork 256.0.0.1"],
];

Deno.test("address group --address: netaddr's IPNetwork text, or its error", () => {
  for (const [input, want] of CASES) {
    if (want.startsWith("ERR ")) throws(() => ipNetwork(input), { message: want.slice(4) }, input);
    else strictEqual(ipNetwork(input), want, input);
  }
});
