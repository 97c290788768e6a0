/** Names of what the test cloud is seeded with (scripts/cloud/), shared by the parity cases. */

export const IMAGE = "cirros-0.6.2-x86_64-disk";
/** A server create that must fail before anything is made (the extra option decides how). */
export const NEVER_MADE = `server create e2e-never-made --flavor m1.tiny --image ${IMAGE}`;
/** The admin project's container (scripts/cloud/up.sh, swift-data): two objects, color=blue. */
export const CONTAINER = "container-1";
export const OBJECT = "object-1.txt";
