#!/usr/bin/python3
"""Record the option interface of every core command of the installed python
client (python-openstackclient) as JSON: facts a script can use, no help text.

Run with Debian's python3 (the one that has the client):

    /usr/bin/python3 scripts/record_interface.py [OUT]

OUT defaults to tests/fixtures/python_interface.json. The parsers are built
without a cloud; network commands are told they run on a Neutron cloud. The
output is sorted and stable: two runs give the same bytes.
"""

import argparse
import importlib.metadata as metadata
import io
import json
import logging
import os
import re
import sys
import warnings

GROUPS = [
    "openstack.cli",
    "openstack.common",
    "openstack.compute.v2",
    "openstack.identity.v3",
    "openstack.image.v2",
    "openstack.network.v2",
    "openstack.object_store.v1",
    "openstack.volume.v3",
]

# argparse's own action classes → the name scripts know them by
ACTION_NAMES = {
    argparse._StoreAction: "store",
    argparse._StoreConstAction: "store_const",
    argparse._StoreTrueAction: "store_true",
    argparse._StoreFalseAction: "store_false",
    argparse._AppendAction: "append",
    argparse._AppendConstAction: "append_const",
    argparse._CountAction: "count",
    argparse._HelpAction: "help",
    argparse._VersionAction: "version",
    argparse._ExtendAction: "extend",
    argparse.BooleanOptionalAction: "boolean_optional",
}

ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
DEPRECATED = re.compile(r"deprecat", re.IGNORECASE)


class NeutronClientManager:
    """What the commands may ask of the client manager while building parsers."""

    def is_network_endpoint_enabled(self):
        return True

    def __getattr__(self, name):
        raise AttributeError(
            "client_manager.%s asked while building a parser" % name)


def qualname(obj):
    mod = getattr(obj, "__module__", None) or ""
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if name is None:
        return observable(obj)
    return name if mod in ("builtins", "") else "%s.%s" % (mod, name)


def observable(value):
    """A default as a script sees it: JSON when it is JSON, else its repr."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        items = [observable(v) for v in value]
        return items
    if isinstance(value, dict):
        return {str(k): observable(v) for k, v in value.items()}
    if callable(value) and hasattr(value, "__qualname__"):
        return {"repr": qualname(value)}
    return {"repr": ADDRESS.sub("", repr(value))}


def action_name(action):
    cls = type(action)
    if cls in ACTION_NAMES:
        return ACTION_NAMES[cls]
    return qualname(cls)


def takes_value(action):
    return action.nargs != 0


def describe_nargs(action):
    n = action.nargs
    if n is None:
        return None
    if n == argparse.REMAINDER:
        return "..."
    if n == argparse.PARSER:
        return "A..."
    return n


def describe_option(action, group_of):
    out = {
        "option_strings": list(action.option_strings),
        "dest": action.dest,
        "action": action_name(action),
        "takes_value": takes_value(action),
        "nargs": describe_nargs(action),
        "metavar": observable(action.metavar),
        "choices": None if action.choices is None else [
            observable(c) for c in action.choices],
        "type": None if action.type is None else qualname(action.type),
        "default": observable(action.default),
        "required": bool(action.required),
        "hidden": action.help == argparse.SUPPRESS,
        "deprecated": bool(
            isinstance(action.help, str) and DEPRECATED.search(action.help)),
        "group": group_of.get(id(action)),
    }
    if action.const is not None:
        out["const"] = observable(action.const)
    return out


def describe_positional(action, group_of):
    out = {
        "dest": action.dest,
        "action": action_name(action),
        "nargs": describe_nargs(action),
        "metavar": observable(action.metavar),
        "choices": None if action.choices is None else [
            observable(c) for c in action.choices],
        "type": None if action.type is None else qualname(action.type),
        "default": observable(action.default),
        "hidden": action.help == argparse.SUPPRESS,
    }
    if id(action) in group_of:
        out["group"] = group_of[id(action)]
    return out


def option_key(action):
    longs = [s for s in action.option_strings if s.startswith("--")]
    return (longs or action.option_strings or [action.dest])[0]


def command_kind(cmd):
    from cliff import lister, show
    if isinstance(cmd, lister.Lister):
        return "lister"
    if isinstance(cmd, show.ShowOne):
        return "show"
    return "plain"


def describe_parser(parser):
    groups = []
    group_of = {}
    for i, g in enumerate(parser._mutually_exclusive_groups):
        members = [option_key(a) for a in g._group_actions]
        groups.append({"required": bool(g.required), "options": members})
        for a in g._group_actions:
            group_of[id(a)] = i
    options = []
    positionals = []
    for action in parser._actions:
        if action.option_strings:
            options.append(describe_option(action, group_of))
        else:
            positionals.append(describe_positional(action, group_of))
    # argparse names the missing ones in this order: "the following
    # arguments are required: <name>, --flavor"
    required = [argparse._get_action_name(a) for a in parser._actions
                if a.required]
    out = {"options": options, "positionals": positionals, "groups": groups,
           "required_order": required}
    if parser._defaults:
        out["parser_defaults"] = {
            k: observable(v) for k, v in sorted(parser._defaults.items())}
    return out


def build_shell():
    from openstackclient import shell
    app = shell.OpenStackShell()
    app.client_manager = NeutronClientManager()
    app.options = argparse.Namespace()
    return app


def entry_points():
    eps = metadata.entry_points()
    found = {}
    for group in GROUPS:
        for ep in eps.select(group=group):
            cid = ep.name.replace("_", " ")
            if cid in found:
                raise SystemExit("duplicate command id %r in %s and %s"
                                 % (cid, found[cid][0], group))
            found[cid] = (group, ep)
    return found


def record():
    app = build_shell()
    commands = {}
    for cid, (group, ep) in sorted(entry_points().items()):
        factory = ep.load()
        cmd = factory(app, app.options, cmd_name=cid)
        parser = cmd.get_parser("openstack " + cid)
        if getattr(cmd, "is_neutron", True) is not True:
            raise SystemExit("%s did not see a Neutron cloud" % cid)
        entry = {
            "group": group,
            "class": ep.value,
            "kind": command_kind(cmd),
        }
        entry.update(describe_parser(parser))
        commands[cid] = entry
    versions = {}
    for dist in ("python-openstackclient", "cliff", "osc-lib"):
        versions[dist] = metadata.version(dist)
    return {
        "source": "scripts/record_interface.py",
        "note": "option and positional keys whose value is null or false "
                "are left out; group is an index into the command's groups",
        "versions": versions,
        "groups": GROUPS,
        "count": len(commands),
        "commands": commands,
    }


def compact(obj):
    """Drops keys whose value is null or false (absent reads as null/false),
    except takes_value, which is always there."""
    return {k: v for k, v in obj.items()
            if k == "takes_value" or (v is not None and v is not False)}


def one_line(obj):
    return json.dumps(obj, sort_keys=True, ensure_ascii=False)


def render(data):
    """Sorted JSON with one option per line: small, stable, easy to diff."""
    lines = ["{"]
    for key in ("source", "note", "versions", "groups", "count"):
        lines.append("  %s: %s," % (json.dumps(key), one_line(data[key])))
    lines.append('  "commands": {')
    ids = sorted(data["commands"])
    for n, cid in enumerate(ids):
        cmd = data["commands"][cid]
        lines.append("    %s: {" % json.dumps(cid))
        head = [k for k in sorted(cmd) if k not in ("options", "positionals")]
        for k in head:
            lines.append("      %s: %s," % (json.dumps(k), one_line(cmd[k])))
        for part in ("options", "positionals"):
            items = [one_line(compact(o)) for o in cmd[part]]
            if not items:
                lines.append("      %s: []%s" % (
                    json.dumps(part), "," if part == "options" else ""))
                continue
            lines.append("      %s: [" % json.dumps(part))
            for i, item in enumerate(items):
                lines.append("        %s%s" % (
                    item, "," if i < len(items) - 1 else ""))
            lines.append("      ]%s" % ("," if part == "options" else ""))
        lines.append("    }%s" % ("," if n < len(ids) - 1 else ""))
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    out = argv[1] if len(argv) > 1 else os.path.join(
        here, "..", "tests", "fixtures", "python_interface.json")
    # defaults read from the environment (ALL_PROJECTS, CLIFF_MAX_TERM_WIDTH,
    # OS_*_API_VERSION) and translated strings: record what a bare one sees
    os.environ.clear()
    os.environ.update({"PATH": "/usr/bin:/bin", "LC_ALL": "C"})
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    # some commands print while building parsers; keep stdout clean
    real = sys.stdout
    sys.stdout = io.StringIO()
    try:
        data = record()
    finally:
        sys.stdout = real
    with open(out, "w", encoding="utf-8") as f:
        f.write(render(data))
    print("%d commands (python-openstackclient %s) -> %s" % (
        data["count"], data["versions"]["python-openstackclient"],
        os.path.relpath(out)))


if __name__ == "__main__":
    main(sys.argv)
