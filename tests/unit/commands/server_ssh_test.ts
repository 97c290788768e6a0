/**
 * server ssh's address choice and argv. Expected values come from python's own
 * openstackclient.compute.v2.server._get_ip_address run on the same addresses.
 */
import { deepStrictEqual, strictEqual, throws } from "node:assert/strict";
import { serverIpAddress, sshArgs } from "../../../src/commands/server/_ssh.ts";

const ADDRESSES = {
  private: [
    { addr: "10.0.0.5", version: 4, "OS-EXT-IPS:type": "fixed" },
    { addr: "fd00::5", version: 6, "OS-EXT-IPS:type": "fixed" },
    { addr: "172.24.4.9", version: 4, "OS-EXT-IPS:type": "floating" },
  ],
};

Deno.test("server ssh picks the address python picks", () => {
  strictEqual(serverIpAddress(ADDRESSES, "public", [4, 6]), "172.24.4.9");
  strictEqual(serverIpAddress(ADDRESSES, "private", [4, 6]), "10.0.0.5");
  strictEqual(serverIpAddress(ADDRESSES, "private", [6]), "fd00::5");
  strictEqual(serverIpAddress(ADDRESSES, "private", [4]), "10.0.0.5");
  // a network's name (old style), and lists of plain strings
  strictEqual(
    serverIpAddress({ private: [{ addr: "10.1.1.1", version: 4 }] }, "private", [4]),
    "10.1.1.1",
  );
  strictEqual(serverIpAddress({ net: ["1.1.1.1", "2.2.2.2"] }, "private", [4]), "1.1.1.1");
  strictEqual(serverIpAddress({ net: ["1.1.1.1", "2.2.2.2"] }, "public", [4]), "2.2.2.2");
  throws(
    () => serverIpAddress(ADDRESSES, "public", [6]),
    { message: "ERROR: No public IP version [6] address found" },
  );
});

Deno.test("server ssh: the user's arguments, the deprecated options, then -l", () => {
  deepStrictEqual(sshArgs({ args: ["-A"] }, () => "admin"), ["-A", "-l", "admin"]);
  deepStrictEqual(sshArgs({ args: ["-l", "cirros"] }, () => "admin"), ["-l", "cirros"]);
  deepStrictEqual(
    sshArgs(
      { args: ["uptime"], port: 2222, identity: "k", option: "A=b", login: "me", verbose: true },
      () => "admin",
    ),
    ["uptime", "-p", "2222", "-i", "k", "-o", "A=b", "-l", "me", "-v"],
  );
});
