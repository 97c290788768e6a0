"""Expected outputs for the synthetic command tests, computed by the python
client's own code (openstacksdk resources, openstackclient formatters) over
edited copies of recorded responses. Writes fixtures/python_oracle.json.

    /usr/bin/python3 tests/unit/commands/python_oracle.py
"""
import json
import os

from openstack.image.v2.image import Image
from openstackclient.image.v2.image import _format_image
from openstackclient.volume.v2.volume import AttachmentsColumn

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "fixtures")


def recorded(name, index):
    with open(os.path.join(FIX, name + ".json")) as f:
        return json.loads(json.load(f)["exchanges"][index]["body"])


def machine(v):
    return v.machine_readable() if hasattr(v, "machine_readable") else v


out = {}

# image show: typed SDK attributes and extra properties (see image_test.ts)
body = recorded("image_show", 1)["images"][0]
body.pop("self")
body.update(IMAGE_EXTRA := {
    "hw_cpu_cores": "2",
    "os_require_quiesce": "False",
    "instance_type_rxtx_factor": "1",
    "os_distro": "cirros",
    "custom": "x",
    "checksum": None,
    "tags": ["b", "a"],
})
info = _format_image(Image.existing(**body))
out["image_show_typed"] = {
    "extra": IMAGE_EXTRA,
    "json": json.dumps({k: machine(info[k]) for k in sorted(info)}, indent=2) + "\n",
    "properties": info["properties"].human_readable(),
    "tags": info["tags"].human_readable(),
}

# volume list: "Attached to" (see volume_test.ts)
server = recorded("server_show_v21", 2)["server"]
attachments = [
    {"server_id": server["id"], "device": "/dev/vdb", "attachment_id": "a1"},
    {"server_id": "0c1e6b1e-0000-4000-8000-000000000000", "device": "/dev/vdc",
     "attachment_id": "a2"},
]


class _Server:
    name = server["name"]


out["volume_attachments"] = {
    "attachments": attachments,
    "human": AttachmentsColumn(attachments, {server["id"]: _Server()}).human_readable(),
}

with open(os.path.join(FIX, "python_oracle.json"), "w") as f:
    json.dump(out, f, indent=2)
    f.write("\n")
