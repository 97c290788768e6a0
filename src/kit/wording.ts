/**
 * The error wording of the python library behind a command. The same 404
 * reads differently through openstacksdk, through NetworkAndComputeShowOne
 * and through a client library (cinderclient, keystoneclient).
 */
import { networkShowCall, sdkCall } from "../api/sdk.ts";
import { plainError, sdkError } from "./bulk.ts";

/**
 * - "sdk": str(openstack exception): "ResourceNotFound: 404: Client Error for url: …"
 * - "network-show": "Error while executing command: <message>, <details>"
 * - "plain": a client library's "<message> (HTTP n) (Request-ID: …)"
 */
export type Wording = "sdk" | "network-show" | "plain";

export function worded<T>(wording: Wording, p: Promise<T>): Promise<T> {
  switch (wording) {
    case "sdk":
      return sdkCall(p);
    case "network-show":
      return networkShowCall(p);
    case "plain":
      return p;
  }
}

/** How one failed item of a bulk delete is described after "Failed to delete …: ". */
export function deleteDescriber(wording: Wording): (e: unknown) => string {
  return wording === "plain" ? plainError : sdkError;
}
