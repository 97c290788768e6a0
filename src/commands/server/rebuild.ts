import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { findServer, getServer, type Server } from "../../api/compute/servers.ts";
import { getImage, sdkFindImage } from "../../api/image/images.ts";
import { sdkCall } from "../../api/sdk.ts";
import { objectIn } from "../../http/errors.ts";
import { keyValuePairs } from "../_common.ts";
import { detailNames, serverDetail, serverImageId } from "./_detail.ts";
import { fileBase64 } from "./_files.ts";
import { computeAtLeast, needsCompute } from "./_microversion.ts";
import { waitReported } from "./_wait.ts";

export default defineCommand({
  summary: "Rebuild a server from an image (its own by default)",
  output: "show",
  flags: {
    image: flag.string({ metavar: "<image>", help: "Image to rebuild from (name or ID)" }),
    name: flag.string({ metavar: "<name>", help: "New name for the server" }),
    password: flag.string({
      metavar: "<password>",
      help: "Password for the rebuilt server (if the cloud supports it)",
    }),
    property: flag.list({
      metavar: "<key=value>",
      help: "Property to set on the rebuilt server (repeatable)",
    }),
    description: flag.string({
      metavar: "<description>",
      help: "New description (compute API 2.19 or later)",
    }),
    preserveEphemeral: flag.boolean({
      group: "ephemeral",
      help: "Keep the ephemeral disk's contents",
    }),
    noPreserveEphemeral: flag.boolean({
      group: "ephemeral",
      help: "Wipe the ephemeral disk (the default)",
    }),
    keyName: flag.string({
      metavar: "<key-name>",
      group: "key",
      help: "Key pair for the rebuilt server (compute API 2.54 or later)",
    }),
    noKeyName: flag.boolean({
      group: "key",
      help: "Remove the server's key pair (compute API 2.54 or later)",
    }),
    keyUnset: flag.boolean({ group: "key", hidden: true, help: "Deprecated: --no-key-name" }),
    userData: flag.string({
      metavar: "<user-data>",
      group: "userData",
      help: "File of new user data (compute API 2.57 or later)",
    }),
    noUserData: flag.boolean({
      group: "userData",
      help: "Remove the server's user data (compute API 2.57 or later)",
    }),
    trustedImageCert: flag.list({
      metavar: "<trusted-cert-id>",
      group: "certs",
      help: "ID of a certificate trusted to sign the image (repeatable; compute API 2.63 or later)",
    }),
    noTrustedImageCerts: flag.boolean({
      group: "certs",
      help: "Remove the server's trusted image certificates (compute API 2.63 or later)",
    }),
    hostname: flag.string({
      metavar: "<hostname>",
      help: "Hostname the metadata service gives the server (compute API 2.90 or later)",
    }),
    wait: flag.boolean({ help: "Wait until the rebuild is done" }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    // osc_lib's KeyValueAction fails while parsing, before anything is sent
    const properties = Object.fromEntries(keyValuePairs(f.property));
    const compute = await ctx.service("compute");
    const mv = compute.microversion;
    let server = await findServer(compute, positionals.server as string);

    const images = await ctx.service("image");
    let imageId: string;
    if (f.image) imageId = (await sdkCall(sdkFindImage(images, f.image))).id;
    else {
      const own = serverImageId(server);
      // python reads the server's image as a dict: booted from volume, it is ""
      if (own === undefined) throw new OscError("'str' object has no attribute 'get'");
      imageId = (await sdkCall(getImage(images, own))).id;
    }

    const body: Record<string, unknown> = { imageRef: imageId };
    if (f.password !== undefined) body.adminPass = f.password;
    if (f.preserveEphemeral) body.preserve_ephemeral = true;
    if (f.name !== undefined) body.name = f.name;
    if (f.description) {
      needsCompute(mv, "2.19", "the --description option");
      body.description = f.description;
    }
    if (f.keyName) {
      needsCompute(mv, "2.54", "the --key-name option");
      body.key_name = f.keyName;
    } else if (f.noKeyName || f.keyUnset) {
      needsCompute(mv, "2.54", "the --no-key-name option");
      body.key_name = null;
    }
    // python checks 2.54 (its words), then novaclient 2.57
    const userDataNeeds257 = () => {
      if (!computeAtLeast(mv, "2.57")) {
        throw new OscError("'userdata' argument is only allowed since microversion 2.57.");
      }
    };
    if (f.userData) {
      needsCompute(mv, "2.54", "the --user-data option");
      const data = await fileBase64(ctx, f.userData, false);
      userDataNeeds257();
      body.user_data = data;
    } else if (f.noUserData) {
      needsCompute(mv, "2.54", "the --no-user-data option");
      userDataNeeds257();
      body.user_data = null;
    }
    if (f.trustedImageCert.length) {
      needsCompute(mv, "2.63", "the --trusted-certs option");
      body.trusted_image_certificates = f.trustedImageCert;
    } else if (f.noTrustedImageCerts) {
      needsCompute(mv, "2.63", "the --no-trusted-certs option");
      body.trusted_image_certificates = null;
    }
    if (f.hostname) {
      needsCompute(mv, "2.90", "the --hostname option");
      body.hostname = f.hostname;
    }
    if (Object.keys(properties).length) body.metadata = properties;

    const res = await compute.request(`/servers/${encodeURIComponent(server.id)}/action`, {
      method: "POST",
      json: { rebuild: body },
    });
    server = objectIn<Server>(res.body, "server", "compute");
    if (f.wait) {
      await waitReported(ctx, () => getServer(compute, server.id), server.id, "rebuilding");
    }
    // python shows Nova's answer to the rebuild, not the server after it
    return serverDetail(server, await detailNames(ctx, compute, server));
  },
});
