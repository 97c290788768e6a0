"""Expected "did you mean" candidates, computed by cliff itself.

Run with Debian's python: /usr/bin/python3 tests/cli/gen_fuzzy.py > tests/cli/fixtures/fuzzy.json
The command list is a slice of python-openstackclient's real command names.
"""
import json
from cliff import app as cliff_app
from cliff import utils

COMMANDS = sorted("""server list|server show|server create|server delete|server start|server stop
|service list|service show|security group list|security group rule create|flavor list|flavor show
|image list|image show|network list|network create|subnet list|port list|volume list|volume create
|project list|user list|token issue|catalog list|floating ip create|floating ip list|keypair list
|endpoint list|region list|role list|quota show|limits show|hypervisor list|aggregate list""".replace("\n", "").split("|"))
WORDS = ["sever", "serv", "server", "imgae", "netwrk", "vol", "x", "tokn", "floating", "flavour",
         "role", "zzzzzz", "s", "ip", "lits"]
DIST = [["server", "sever"], ["abc", "acb"], ["", "abc"], ["abc", ""], ["kitten", "sitting"],
        ["network", "netwrok"], ["ca", "abc"]]


class FakeManager:
    convert_underscores = True

    def __iter__(self):
        return iter([(c, None) for c in COMMANDS])


class FakeApp:
    command_manager = FakeManager()


out = {
    "commands": COMMANDS,
    "fuzzy": {w: cliff_app.App.get_fuzzy_matches(FakeApp(), w) for w in WORDS},
    "distance": [[a, b, utils.damerau_levenshtein(a, b, utils.COST)] for a, b in DIST],
}
print(json.dumps(out, indent=1))
