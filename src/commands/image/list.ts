import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { listImages, sdkFindImage } from "../../api/image/images.ts";
import { projectId } from "../../kit/shared.ts";
import { keyValuePairs } from "../_common.ts";
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

export default defineCommand({
  summary: "List available images",
  output: "list",
  flags: {
    public: flag.boolean({ group: "visibility", help: "Only public images" }),
    private: flag.boolean({ group: "visibility", help: "Only private images" }),
    community: flag.boolean({ group: "visibility", help: "Only community images" }),
    shared: flag.boolean({ group: "visibility", help: "Only shared images" }),
    all: flag.boolean({ group: "visibility", help: "Images of any visibility" }),
    property: flag.list({
      metavar: "<key=value>",
      help: "Only images with this property value (repeatable)",
    }),
    name: flag.string({ metavar: "<name>", help: "Only images with this name" }),
    status: flag.string({ metavar: "<status>", help: "Only images in this status" }),
    memberStatus: flag.string({
      metavar: "<member-status>",
      choices: ["accepted", "pending", "rejected", "all"],
      lower: true,
      help: "Only images with this member status: accepted, pending, rejected or all",
    }),
    project: flag.string({
      metavar: "<project>",
      help: "Only images owned by this project (name or ID; admin only)",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
    tag: flag.list({
      metavar: "<tag>",
      help: "Only images with this tag (repeatable)",
    }),
    hidden: flag.boolean({ help: "Only hidden images" }),
    long: flag.boolean({ help: "Show more columns" }),
    pageSize: flag.string({ metavar: "<size>", help: "(ignored)", hidden: true }),
    sort: flag.string({
      metavar: "<key>[:<direction>]",
      default: "name:asc",
      help: "Sort by key[:asc|desc], several comma-separated (default: name:asc)",
    }),
    limit: flag.integer({ metavar: "<num-images>", help: "Show at most this many images" }),
    marker: flag.string({
      metavar: "<image>",
      help: "Start after this image (name or ID)",
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
    // a dict in python: a repeated key keeps its first place and takes the last value
    const props: [string, string][] = [...new Map(keyValuePairs(flags.property))];
    const image = await ctx.service("image");
    const [marker, owner] = await Promise.all([
      flags.marker ? sdkCall(sdkFindImage(image, flags.marker)).then((i) => i.id) : undefined,
      projectId(ctx, flags.project || undefined, flags.projectDomain),
    ]);
    let images = await sdkCall(listImages(image, {
      visibility: visibility.find(([, v]) => v)?.[2],
      name: flags.name,
      memberStatus: flags.memberStatus,
      owner,
      status: flags.status,
      hidden: flags.hidden,
      tags: flags.tag,
    }, { limit: flags.limit || undefined, marker }));
    for (const [k, v] of props) images = images.filter((i) => matchesProperty(i, k, v));
    images = sortItems(images, flags.sort, (i, key) => {
      if (!isImageAttr(key)) throw new OscError(`Resource doesn't have field ${key}`);
      return imageAttr(i, key);
    }, true);
    return {
      kind: "list",
      columns: flags.long ? LONG_HEADERS : LIST_HEADERS,
      rows: images.map((i) => imageRow(i, flags.long)),
    };
  },
});
