// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";
import { IMAGE } from "../seed.ts";

/** A tiny file every Debian has, as image data: both clients upload the same bytes. */
const DATA = "/etc/debian_version";
const IMG = {
  show: "image show {name}",
  delete: "image delete {name}",
  volatile: ["id", "created_at", "updated_at", "file"],
  // openstacksdk names the image in this property
  masks: { properties: (v: unknown) => ({ ...(v as Record<string, unknown>), "owner_specified.openstack.object": "<object>" }) },
};

export default [
  read("image list", { fixture: "image_list" }),
  read("image list --long", { fixture: "image_list_long" }),
  read("image list --long -f json", { fixture: "image_list_long_json" }),
  read("image list --public"),
  read("image list --private", { name: "image list --private (empty)" }),
  read(`image list --name ${IMAGE} --status active --limit 1 -f csv`, { name: "image list --name --status --limit" }),
  read("image list --sort size:desc,name --long -f value", { name: "image list --sort size:desc,name --long" }),
  read("image list --property visibility=public", { name: "image list --property (attribute)" }),
  read(`image list --property owner_specified.openstack.object=images/${IMAGE}`, { name: "image list --property (extra property)", fixture: "image_list_property" }),
  read("image list --member-status ACCEPTED --project admin"),
  read(`image list --marker ${IMAGE}`, { name: "image list --marker (empty after it)", fixture: "image_list_marker" }),
  read("image list", { cloud: "demo" }),
  read(`image show ${IMAGE}`, { name: "image show", fixture: "image_show" }),
  read(`image show ${IMAGE} -f json`, { compare: "json", name: "image show -f json", fixture: "image_show_json" }),
  read(`image show --human-readable ${IMAGE} -c size -c properties`, { name: "image show --human-readable -c size -c properties" }),
  read("image show no-such-image", { compare: "error", name: "image show unknown", fixture: "image_show_not_found" }),
  read("image list --sort foo", { compare: "error", name: "image list --sort unknown key" }),
  read("image list --sort name:up", { compare: "error", name: "image list --sort bad direction", fixture: "image_list_bad_sort" }),
  read("image list --property foo", { compare: "error", name: "image list --property without =" }),
  read("image list --member-status bogus", { compare: "usage", name: "image list --member-status bad" }),
  read("image delete e2e-no-such-image e2e-no-such-image-2", { compare: "error" }),
  read("image create e2e-never-made --size 3", { compare: "error", name: "image create --size (Image v1 option)" }),
  read("image create e2e-never-made --file /nonexistent/e2e.img", { compare: "error", name: "image create --file missing" }),
  read(`image create e2e-never-made --file ${DATA} --volume volume-1`, { compare: "usage", name: "image create --file --volume" }),
  read("image create e2e-never-made --disk-format bogus", { compare: "usage", name: "image create --disk-format bad" }),
  read("image create e2e-never-made --public --private", { compare: "usage", name: "image create --public --private" }),
  read("image create e2e-never-made --property foo", { compare: "error", name: "image create --property without =" }),
  read("image create e2e-never-made --sign-key-path /nonexistent/key", { compare: "error", name: "image create --sign-key-path without --file" }),
  read(`image create e2e-never-made --file ${DATA} --sign-key-path /nonexistent/key`, { compare: "error", name: "image create --sign-key-path without --sign-cert-id" }),
  read(`image create e2e-never-made --file ${DATA} --sign-key-path /nonexistent/key --sign-cert-id x`, { compare: "error", name: "image create signing without a terminal" }),
  read("image create e2e-never-made --volume e2e-no-such-volume", { compare: "error", name: "image create --volume unknown" }),
  read("image create e2e-never-made --volume volume-1 --public --id x", { compare: "error", name: "image create --volume (an ignored option, then volume API 3.0)" }),
  read("image set e2e-no-such-image --name x", { compare: "error", name: "image set unknown" }),
  read(`image set ${IMAGE} --visibility public`, { compare: "error", name: "image set --visibility (Image v1 option)" }),
  read(`image set ${IMAGE} --activate --deactivate`, { compare: "usage", name: "image set --activate --deactivate" }),
  read("image unset e2e-no-such-image --tag x", { compare: "error", name: "image unset unknown" }),
  read(`image member list ${IMAGE}`, { compare: "error-extended", name: "image member list (public image: no members)" }),
  read(`image add project ${IMAGE} e2e-no-such-project`, { compare: "error", name: "image add project unknown project" }),
  read("image add project e2e-no-such-image demo", { compare: "error", name: "image add project unknown image" }),
  read(`image remove project ${IMAGE} e2e-no-such-project`, { compare: "error", name: "image remove project unknown project" }),
  read(`image save ${IMAGE} --file /nonexistent/e2e.img`, { compare: "error", name: "image save --file in a missing directory" }),
  write({ name: "image create, set, unset, save", create: `image create {name} --file ${DATA} --container-format ovf --min-disk 1 --min-ram 16 --property a=b --tag t1 --tag t2 --community`, change: ["image set {name} --property c=d --tag t3 --min-disk 2 --architecture x86_64 --os-distro cirros --instance-id abc --shared --protected --hidden", "image unset {name} --tag t1 --tag nope --property a --property architecture --property nope", "image unset {name} --property min_disk", "image set {name} --unprotected --unhidden --private", "image save {name}"], ...IMG }),
  write({ name: "image add/remove project, member list", create: "image create {name} --shared", change: ["image add project {name} demo -c image_id -c member_id -c schema -c status", "image member list {name}", "image set {name} --accept --project demo", "image member list {name} -f json", "image remove project {name} demo", "image remove project {name} demo", "image member list {name}"], ...IMG }),
  // recorded for the unit tests only
  read(`image show --human-readable ${IMAGE} -f shell`, { fixture: "image_show_human", live: false }),
];
