"""Expected "did you mean" lists over the python client's own core command set, computed by cliff.

Run with Debian's python: /usr/bin/python3 tests/cli/gen_core_fuzzy.py > tests/cli/fixtures/core_fuzzy.json

The command set is what openstackclient's shell loads on a cloud with the
default API versions (the entry-point groups below) plus the two commands
cliff's App adds itself (help, complete); installed plugins are left out, as
src/cli/python_commands.gen.ts leaves them out.
"""
import json
from cliff import app as cliff_app
from cliff import commandmanager

GROUPS = ["openstack.cli", "openstack.common", "openstack.compute.v2", "openstack.identity.v3",
          "openstack.image.v2", "openstack.network.v2", "openstack.object_store.v1",
          "openstack.volume.v3"]
WORDS = ["list", "x", "sever", "server", "servr", "xyzzy", "hlp", "compelte", "flavour", "subnt",
         "vol", "ip", "zzzzzz", "s", "", "keypar", "secgroup", "tokn", "imgae", "netwrk"]

manager = commandmanager.CommandManager(None)
for g in GROUPS:
    manager.add_command_group(g)
manager.add_command("help", object)
manager.add_command("complete", object)


class FakeApp:
    command_manager = manager


print(json.dumps({
    "groups": GROUPS,
    "commands": sorted(name for name, _ in manager),
    "fuzzy": {w: cliff_app.App.get_fuzzy_matches(FakeApp(), w) for w in WORDS},
}, indent=2))
