import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { CliError, UsageError } from "../../cli/errors.ts";
import { listImages, sdkFindImage } from "../../api/image/images.ts";
import { findIdentity } from "../../api/identity/find.ts";
import { sdkCall } from "../../api/sdk.ts";
import { sortItems } from "../_sort.ts";
import {
  imageAttr,
  imageRow,
  isImageAttr,
  LIST_HEADERS,
  LONG_HEADERS,
  matchesProperty,
} from "./_image.ts";

const PROG = "openstack image list";
const MEMBER_STATUSES = ["accepted", "pending", "rejected", "all"];

export default defineCommand({
  summary: "List available images",
  output: "list",
  flags: {
    public: flag.boolean({ group: "visibility", help: "List only public images" }),
    private: flag.boolean({ group: "visibility", help: "List only private images" }),
    community: flag.boolean({ group: "visibility", help: "List only community images" }),
    shared: flag.boolean({ group: "visibility", help: "List only shared images" }),
    all: flag.boolean({ group: "visibility", help: "List all images" }),
    property: flag.list({
      metavar: "<key=value>",
      help: "Filter output based on property (repeat option to filter on multiple properties)",
    }),
    name: flag.string({ metavar: "<name>", help: "Filter images based on name." }),
    status: flag.string({ metavar: "<status>", help: "Filter images based on status." }),
    memberStatus: flag.string({
      metavar: "<member-status>",
      help:
        "Filter images based on member status. The supported options are: accepted, pending, rejected, all.",
    }),
    project: flag.string({
      metavar: "<project>",
      help: "Search by project (admin only) (name or ID)",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help:
        "Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.",
    }),
    tag: flag.list({
      metavar: "<tag>",
      help: "Filter images based on tag. (repeat option to filter on multiple tags)",
    }),
    hidden: flag.boolean({ help: "List hidden images" }),
    long: flag.boolean({ help: "List additional fields in output" }),
    pageSize: flag.string({ metavar: "<size>", help: "(ignored)", hidden: true }),
    sort: flag.string({
      metavar: "<key>[:<direction>]",
      default: "name:asc",
      help:
        "Sort output by selected keys and directions (asc or desc) (default: name:asc), multiple keys and directions can be specified separated by comma",
    }),
    limit: flag.integer({ metavar: "<num-images>", help: "Maximum number of images to display." }),
    marker: flag.string({
      metavar: "<image>",
      help:
        "The last image of the previous page. Display list of images after marker. Display all images if not specified. (name or ID)",
    }),
  },
  async run({ flags }, ctx) {
    const visibility = [
      ["--public", flags.public, "public"],
      ["--private", flags.private, "private"],
      ["--community", flags.community, "community"],
      ["--shared", flags.shared, "shared"],
      ["--all", flags.all, "all"],
    ] as const;
    const memberStatus = flags.memberStatus?.toLowerCase();
    if (memberStatus !== undefined && !MEMBER_STATUSES.includes(memberStatus)) {
      throw new UsageError(
        `argument --member-status: invalid choice: '${memberStatus}' (choose from ${
          MEMBER_STATUSES.map((s) => `'${s}'`).join(", ")
        })`,
        PROG,
      );
    }
    const props: [string, string][] = [];
    for (const p of flags.property) {
      const eq = p.indexOf("=");
      if (eq < 0) throw new CliError(`Expected 'key=value' type, but got: ${p}`);
      if (eq === 0) throw new CliError(`Property key must be specified: ${p}`);
      const [k, v] = [p.slice(0, eq), p.slice(eq + 1)];
      const at = props.findIndex(([x]) => x === k);
      if (at >= 0) props[at][1] = v;
      else props.push([k, v]);
    }
    const image = await ctx.service("image");
    const [marker, owner] = await Promise.all([
      flags.marker ? sdkCall(sdkFindImage(image, flags.marker)).then((i) => i.id) : undefined,
      flags.project
        ? ctx.service("identity").then(async (identity) => {
          const domainId = flags.projectDomain
            ? (await findIdentity(identity, "domain", flags.projectDomain)).id
            : undefined;
          return (await findIdentity(identity, "project", flags.project!, { domainId })).id;
        })
        : undefined,
    ]);
    let images = await sdkCall(listImages(image, {
      visibility: visibility.find(([, v]) => v)?.[2],
      name: flags.name,
      memberStatus,
      owner,
      status: flags.status,
      hidden: flags.hidden,
      tags: flags.tag,
    }, { limit: flags.limit || undefined, marker }));
    for (const [k, v] of props) images = images.filter((i) => matchesProperty(i, k, v));
    images = sortItems(images, flags.sort, (i, key) => {
      if (!isImageAttr(key)) throw new CliError(`Resource doesn't have field ${key}`);
      return imageAttr(i, key);
    }, true);
    return {
      kind: "list",
      columns: flags.long ? LONG_HEADERS : LIST_HEADERS,
      rows: images.map((i) => imageRow(i, flags.long)),
    };
  },
});
