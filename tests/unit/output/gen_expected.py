#!/usr/bin/python3
"""Produce the expected output of the output-layer tests from the reference.

Runs every case through cliff's own Lister/ShowOne.produce_output and its
formatters (cliff 4.0.0, prettytable 3.6.0, PyYAML, python csv/json), and
writes the datasets, options and resulting stdout to expected/cases.json.
The Deno test replays the same cases through src/output/render.ts.

    /usr/bin/python3 tests/unit/output/gen_expected.py
"""

import argparse
import copy
import io
import json
import logging
import os
import random
import sys
import textwrap

import wcwidth
import yaml

from cliff import columns as cliff_columns
from cliff import lister
from cliff import show
from cliff import utils as cliff_utils
from cliff.formatters import commaseparated
from cliff.formatters import json_format
from cliff.formatters import shell
from cliff.formatters import table
from cliff.formatters import value
from cliff.formatters import yaml_format

HERE = os.path.dirname(os.path.abspath(__file__))


class Formatted(cliff_columns.FormattableColumn):
    """A column with a human form and a machine form, like osc-lib's."""

    def __init__(self, human, machine):
        super().__init__(machine)
        self._human = human

    def human_readable(self):
        return self._human


def decode(cell):
    """{"$f": [human, machine]} marks a pre-formatted cell in the datasets.

    Every cell is a fresh copy, as API data is: PyYAML would otherwise emit
    anchors and aliases for a dict shared between rows.
    """
    cell = copy.deepcopy(cell)
    if isinstance(cell, dict) and set(cell) == {"$f"}:
        return Formatted(cell["$f"][0], cell["$f"][1])
    return cell


def fmt(human, machine):
    return {"$f": [human, machine]}


# --------------------------------------------------------------------------
# Datasets

U1 = "0b6c5d4e-3f2a-4b1c-9d8e-7f6a5b4c3d2e"
U2 = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
U3 = "2f3e4d5c-6b7a-4988-a7b6-c5d4e3f2a1b0"
U4 = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"

NET1 = fmt("private=10.0.0.5, 2001:db8::1",
           {"private": ["10.0.0.5", "2001:db8::1"]})
NET2 = fmt("private=10.0.0.7; public=172.24.4.10",
           {"private": ["10.0.0.7"], "public": ["172.24.4.10"]})
NET0 = fmt("", {})

LONG_TEXT = ("This server hosts the primary database for the accounting "
             "department and must not be rebooted during business hours.")

DATASETS = {
    "servers": {
        "kind": "list",
        "columns": ["ID", "Name", "Status", "Networks", "Image", "Flavor"],
        "rows": [
            [U1, "web-01", "ACTIVE", NET1, "cirros-0.6.2-x86_64-disk", "m1.tiny"],
            [U2, "db-primary", "SHUTOFF", NET2, "N/A (booted from volume)", "m1.large"],
            [U3, "build", "ERROR", NET0, "ubuntu-22.04", "m1.small"],
            [U4, "web-02", "BUILD", NET1, "", "m1.tiny"],
        ],
    },
    "types": {
        "kind": "list",
        "columns": ["Int", "Float", "Bool", "None", "Empty", "List", "Dict", "Text"],
        "rows": [
            [1, 1.5, True, None, "", ["a", "b"], {"k": "v", "n": 1},
             "it's"],
            [-20, 0.1, False, "x", "y", [], {}, 'say "hi"'],
            [1234567890123, 1e-05, True, None, "", [1, 2.5, None, True],
             {"nested": {"a": [1, {"b": None}]}}, "both ' and \""],
            [0, 123456.789, False, None, " ", ["it's", 'q"q', "back\\slash"],
             {"tab": "a\tb", "nl": "x\ny"}, "back\\slash"],
            [7, 1.5e+300, True, None, "", ["\u00e9", "\u65e5\u672c", "\x07"],
             {"emoji": "\U0001F680"}, "-0.5"],
        ],
    },
    "floats_first": {
        "kind": "list",
        "columns": ["Ratio", "Name", "Flag"],
        "rows": [[0.25, "a", False], [10.5, "bbbb", True], [-3.75, "cc", None]],
    },
    "wide": {
        "kind": "list",
        "columns": ["Name", "Description", "Owner"],
        "rows": [
            ["\u65e5\u672c\u8a9e\u30b5\u30fc\u30d0\u30fc", "\u4e2d\u6587\u63cf\u8ff0", "\ud55c\uad6d\uc5b4"],
            ["\U0001F680 launch", "emoji \U0001F389\U0001F44D", "\uff21\uff22\uff23"],
            ["cafe\u0301", "combining a\u0308o\u0308", "zwj \U0001F468\u200d\U0001F469\u200d\U0001F467"],
            ["ascii", "\x1b[31mred\x1b[0m", "bell\x07"],
            ["\u00e9l\u00e8ve", "\u0645\u0631\u062d\u0628\u0627", "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35"],
        ],
    },
    "multiline": {
        "kind": "list",
        "columns": ["ID", "Text", "Other"],
        "rows": [
            ["a", "line1\nline2", "one"],
            ["b", "dos\r\nline", "mac\rline"],
            ["c", "trailing\n", "tab\there"],
            ["d", "x\n\n\ny", fmt("human\nform", ["m1", "m2"])],
        ],
    },
    "empty": {
        "kind": "list",
        "columns": ["ID", "Name", "Status"],
        "rows": [],
    },
    "long": {
        "kind": "list",
        "columns": ["ID", "Name", "Description", "Fingerprint", "Size"],
        "rows": [
            [U1, "short", LONG_TEXT,
             "aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99", 10],
            [U2, "hyphenated-name-that-goes-on-and-on", "Look, goof-ball -- use the -b option!",
             "SHA256:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg", 20480],
            [U3, "x", "word " * 30, "", 3],
            [U4, "wide \u65e5\u672c\u8a9e\u65e5\u672c\u8a9e\u65e5\u672c\u8a9e\u65e5\u672c\u8a9e",
             "multi\nline description that is fairly long on its second line too",
             "nospace" * 12, 7],
        ],
    },
    "sortable": {
        "kind": "list",
        "columns": ["ID", "Name", "Size", "Zone", "Mixed", "Addr", "Tags"],
        "rows": [
            ["1", "bravo", 10, "nova", 1, fmt("a=1", {"a": 1}), fmt("x", ["x"])],
            ["2", "alpha", None, None, "one", fmt("b=2", {"b": 2}), fmt("a, b", ["a", "b"])],
            ["3", "Charlie", 5, "az1", 3, fmt("c=3", {"c": 3}), fmt("", [])],
            ["4", "alpha", 10, "nova", None, fmt("d=4", {"d": 4}), fmt("a", ["a"])],
            ["5", "\u00e9cho", 2, None, 2, fmt("e=5", {"e": 5}), fmt("b", ["b"])],
            ["6", "delta", 5, "az1", "x", fmt("f=6", {"f": 6}), fmt("a, a", ["a", "a"])],
        ],
    },
    "single": {
        "kind": "list",
        "columns": ["Name"],
        "rows": [["x"], [""], [None], ["a,b"]],
    },
    "nocols": {
        "kind": "list",
        "columns": ["Name"],
        "rows": [["only"]],
    },
    "dupcols": {
        "kind": "list",
        "columns": ["ID", "Name", "ID"],
        "rows": [["1", "a", "first"], ["2", "b", "second"]],
    },
    "server_show": {
        "kind": "show",
        "fields": [
            "OS-DCF:diskConfig", "OS-EXT-AZ:availability_zone", "OS-EXT-STS:power_state",
            "accessIPv4", "addresses", "config_drive", "created", "description", "flavor", "id",
            "image", "key_name", "locked", "name", "progress", "project_id", "properties",
            "security_groups", "status", "updated", "user_id", "volumes_attached",
        ],
        "values": [
            "MANUAL", "nova", fmt("Running", 1), "", NET1, "", "2024-03-01T12:34:56Z",
            LONG_TEXT, "m1.small (2)", U1, "cirros (" + U2 + ")", None, False, "web-01", 0,
            "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
            fmt("hw:cpu_policy='dedicated', owner='team a'",
                {"hw:cpu_policy": "dedicated", "owner": "team a"}),
            fmt("name='default'\nname='ssh'", [{"name": "default"}, {"name": "ssh"}]),
            "ACTIVE", "2024-03-01T12:35:10Z", "a1b2c3d4e5f60718293a4b5c6d7e8f90",
            fmt("", []),
        ],
    },
    "show_types": {
        "kind": "show",
        "fields": ["count", "ratio", "enabled", "nothing", "empty", "tags", "meta", "quote",
                   "multi", "wide", "Field With Spaces", "dash-name"],
        "values": [42, 0.75, True, None, "", ["a", "b"], {"k": "v"}, 'say "hi"',
                   "line1\r\nline2", "\u65e5\u672c\u8a9e \U0001F680", "v", "w"],
    },
    "show_empty": {"kind": "show", "fields": [], "values": []},
    "yaml_strings": {
        "kind": "show",
        "fields": [
            "digits", "float", "true", "yes", "null", "tilde", "empty", "lead", "trail",
            "colon_space", "colon", "hash", "space_hash", "dash_item", "dash", "timestamp",
            "date", "hex", "octal", "underscore_int", "equals", "merge", "doc_start", "doc_end",
            "at", "tick", "apostrophe", "multi", "multi_blank", "accent", "cjk", "tab",
            "long_plain", "long_word", "long_colon", "brackets", "braces", "comma", "question",
            "leading_colon", "percent", "bang", "star", "amp", "ip", "version", "neg",
            "exp", "sexagesimal", "inf", "dot_nan", "long_multi", "quote_both",
            "123", "Yes", "with space", "\u00dcn\u00efcode", "key: colon", "",
            "long_accent", "nested", "list_of_lists", "empty_things", "numbers",
        ],
        "values": [
            "123", "1.5", "true", "yes", "null", "~", "", " lead", "trail ",
            "a: b", "a:b", "#hash", "x #y", "- item", "-x", "2024-01-01T00:00:00Z",
            "2024-01-01", "0x1F", "0777", "1_000", "=", "<<", "--- doc", "... end",
            "@at", "`tick", "it's", "multi\nline", "multi\n\nblank\n", "\u00e9t\u00e9",
            "\u65e5\u672c", "tab\there", LONG_TEXT + " " + LONG_TEXT, "x" * 100,
            "key: " + LONG_TEXT, "[x]", "{x}", "a,b", "?q", ": colon", "%p", "!bang",
            "*star", "&amp", "10.0.0.5", "2.1", "-1", "1e5", "1:30", ".inf", ".NaN",
            "first line is here\nand the second line is much longer than eighty characters "
            "so it has to fold somewhere",
            "both ' and \" quotes",
            1, 2, 3, 4, 5, 6,
            "\u00e9" * 30 + " " + "word " * 10,
            {"b": [1, "two", None], "a": {"z": True, "y": 1.25}, "c": []},
            [[1, 2], ["a"], [], {}],
            {"l": [], "d": {}, "s": ""},
            [1, -1, 0.5, 1e16, 1.5e-7, 9007199254740991, -0.0],
        ],
    },
}


# --------------------------------------------------------------------------
# Cases

DEFAULT_OPTS = {
    "format": "table", "columns": [], "noindent": False, "quote": "nonnumeric",
    "maxWidth": 0, "fitWidth": False, "printEmpty": False, "sortColumns": [],
    "sortDirection": "asc", "prefix": "", "variables": [],
}

CASES = []


def case(name, dataset, terminal_width=None, columns_are_list=False, rows_are_list=False,
         **opts):
    full = dict(DEFAULT_OPTS)
    for k, v in opts.items():
        assert k in full, k
        full[k] = v
    CASES.append({"name": name, "dataset": dataset, "opts": full,
                  "terminalWidth": terminal_width,
                  "columnsAreList": columns_are_list, "rowsAreList": rows_are_list})


LIST_SETS = ["servers", "types", "floats_first", "wide", "multiline", "empty", "long",
             "sortable", "single", "nocols"]
SHOW_SETS = ["server_show", "show_types", "show_empty", "yaml_strings"]

for ds in LIST_SETS:
    case(f"{ds}/table", ds)
    case(f"{ds}/json", ds, format="json")
    case(f"{ds}/json-noindent", ds, format="json", noindent=True)
    case(f"{ds}/yaml", ds, format="yaml")
    case(f"{ds}/value", ds, format="value")
    for q in ("nonnumeric", "minimal", "all", "none"):
        case(f"{ds}/csv-{q}", ds, format="csv", quote=q)

for ds in SHOW_SETS:
    case(f"{ds}/table", ds)
    case(f"{ds}/json", ds, format="json")
    case(f"{ds}/json-noindent", ds, format="json", noindent=True)
    case(f"{ds}/yaml", ds, format="yaml")
    case(f"{ds}/value", ds, format="value")
    case(f"{ds}/shell", ds, format="shell")
    case(f"{ds}/shell-prefix", ds, format="shell", prefix="srv_")

# Empty results.
case("empty/table-print-empty", "empty", printEmpty=True)
case("empty/table-print-empty-maxwidth", "empty", printEmpty=True, maxWidth=10)
case("empty/csv-print-empty", "empty", format="csv", printEmpty=True)
case("show_empty/table-print-empty", "show_empty", printEmpty=True)

# Column selection.
case("servers/columns-order", "servers", columns=["Status", "Name"])
case("servers/columns-unknown-mixed", "servers", columns=["Nope", "ID"])
case("servers/columns-duplicate", "servers", columns=["Name", "Name"])
case("servers/columns-json", "servers", format="json", columns=["Networks", "ID"])
case("servers/columns-yaml", "servers", format="yaml", columns=["Networks", "ID"])
case("servers/columns-csv", "servers", format="csv", columns=["Flavor", "ID"])
case("servers/columns-value", "servers", format="value", columns=["Name"])
case("servers/columns-none", "servers", columns=["nope", "Bogus"])
case("servers/columns-one-unknown", "servers", columns=["nope"])
case("servers/columns-none-list", "servers", columns=["nope"], columns_are_list=True)
case("nocols/columns-none", "nocols", columns=["x"])
case("server_show/columns", "server_show", columns=["status", "id", "name"])
case("server_show/columns-shell", "server_show", format="shell", columns=["addresses", "id"])
# The shell formatter's --variable: names lowercased with spaces as "_", matched
# before ":" and "-" become "_"; applied after -c.
case("server_show/shell-variables", "server_show", format="shell",
     variables=["status", "id", "nope"])
case("server_show/shell-variables-raw-name", "server_show", format="shell",
     variables=["os-dcf:diskconfig", "os_ext_az_availability_zone"])
case("server_show/shell-variables-columns", "server_show", format="shell",
     columns=["addresses", "id"], variables=["id", "name"])
case("server_show/shell-variables-columns-disjoint", "server_show", format="shell",
     columns=["addresses"], variables=["id"])
case("server_show/shell-variables-prefix", "server_show", format="shell", prefix="x_",
     variables=["name"])
case("show_types/shell-variables", "show_types", format="shell",
     variables=["field_with_spaces", "dash-name", "Count", "tags", "meta"])
case("server_show/json-variables-ignored", "server_show", format="json", columns=["id"],
     variables=["name"])
case("server_show/columns-yaml", "server_show", format="yaml", columns=["addresses", "id"])
case("server_show/columns-none", "server_show", columns=["ID"])
case("show_empty/columns-none", "show_empty", columns=["ID"])
case("empty/columns", "empty", printEmpty=True, columns=["Name"])
case("dupcols/table", "dupcols")
case("dupcols/json", "dupcols", format="json")
case("dupcols/yaml", "dupcols", format="yaml")
case("dupcols/csv", "dupcols", format="csv")
case("dupcols/columns", "dupcols", format="value", columns=["ID"])

# Sorting.
for col in ("Name", "Size", "Zone", "ID"):
    case(f"sortable/sort-{col}-asc", "sortable", sortColumns=[col])
    case(f"sortable/sort-{col}-desc", "sortable", sortColumns=[col], sortDirection="desc")
case("sortable/sort-multi", "sortable", sortColumns=["Name", "Size"])
case("sortable/sort-multi-desc", "sortable", sortColumns=["Size", "Name"], sortDirection="desc")
case("sortable/sort-multi-zone", "sortable", sortColumns=["Zone", "Name"], format="value")
case("sortable/sort-unknown", "sortable", sortColumns=["Nope", "Name"], format="value")
case("sortable/sort-tags", "sortable", sortColumns=["Tags"], format="value")
case("sortable/sort-tags-desc", "sortable", sortColumns=["Tags"], sortDirection="desc",
     format="value")
# Unsortable: the warning names sort_columns[column index] (a cliff quirk).
case("sortable/sort-mixed-warn", "sortable",
     sortColumns=["Name", "Size", "ID", "Zone", "Mixed"], format="value")
case("sortable/sort-mixed-warn-list", "sortable", rows_are_list=True,
     sortColumns=["Name", "Size", "ID", "Zone", "Mixed"], format="value")
case("sortable/sort-mixed-first", "sortable", sortColumns=["Mixed", "Name"], format="json")
case("sortable/sort-mixed-indexerror", "sortable", sortColumns=["Mixed"], format="value")
case("sortable/sort-dict", "sortable", sortColumns=["Addr", "Name", "ID", "Size", "Zone", "M", "X"],
     format="value")
case("sortable/sort-then-select", "sortable", sortColumns=["Size"], columns=["Name"])
case("servers/sort-name", "servers", sortColumns=["Name"])
case("types/sort-float-desc", "types", sortColumns=["Float"], sortDirection="desc",
     format="value")
case("types/sort-bool", "types", sortColumns=["Bool", "Int"], format="value")

# Widths.
for w in (40, 80, 100, 20, 1):
    case(f"servers/max-width-{w}", "servers", maxWidth=w)
    case(f"long/max-width-{w}", "long", maxWidth=w)
    case(f"server_show/max-width-{w}", "server_show", maxWidth=w)
for w in (40, 80):
    case(f"wide/max-width-{w}", "wide", maxWidth=w)
    case(f"multiline/max-width-{w}", "multiline", maxWidth=w)
    case(f"show_types/max-width-{w}", "show_types", maxWidth=w)
    case(f"types/max-width-{w}", "types", maxWidth=w)
case("long/max-width-60", "long", maxWidth=60)
case("long/max-width-30", "long", maxWidth=30)
case("long/fit-width-60", "long", fitWidth=True, terminal_width=60)
case("long/fit-width-no-tty", "long", fitWidth=True, terminal_width=None)
case("long/fit-width-wide-tty", "long", fitWidth=True, terminal_width=400)
case("server_show/fit-width-50", "server_show", fitWidth=True, terminal_width=50)
case("servers/max-width-over-fit", "servers", maxWidth=60, fitWidth=True, terminal_width=200)
case("servers/tty-without-fit", "servers", terminal_width=30)
case("long/max-width-json", "long", maxWidth=40, format="json")
case("long/columns-max-width", "long", maxWidth=50, columns=["Name", "Description"])


# Randomised tables: words from a small alphabet of troublesome pieces.
PIECES = ["a", "bb", "ccc", "dddddddd", " ", " ", "-", "--", "\n", "\t", ",", ":", "'",
          '"', "\u00e9", "\u65e5\u672c", "\U0001F680", "e\u0301", "x-y", "long-hyphenated-word",
          "0123456789abcdef", "!", "?", ".", "\r\n", "\r"]


def random_text(rng, max_pieces):
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, max_pieces)))


def random_cell(rng):
    kind = rng.random()
    if kind < 0.7:
        return random_text(rng, 25)
    if kind < 0.8:
        return rng.randint(-10**6, 10**6)
    if kind < 0.85:
        return round(rng.uniform(-1000, 1000), rng.randint(1, 4)) + 0.001
    if kind < 0.9:
        return None
    if kind < 0.95:
        return [random_text(rng, 3) for _ in range(rng.randint(0, 3))]
    return fmt(random_text(rng, 20), {"k": random_text(rng, 4)})


def add_fuzz():
    rng = random.Random(20240301)
    for n in range(40):
        ncols = rng.randint(1, 6)
        cols = []
        while len(cols) < ncols:
            name = random_text(rng, 4).replace("\n", "").replace("\r", "") or "c"
            if name not in cols:
                cols.append(name)
        rows = [[random_cell(rng) for _ in cols] for _ in range(rng.randint(0, 5))]
        DATASETS[f"fuzz{n}"] = {"kind": "list", "columns": cols, "rows": rows}
        width = rng.choice([0, 0, 10, 20, 30, 40, 50, 60, 80, 120])
        case(f"fuzz{n}/table-w{width}", f"fuzz{n}", maxWidth=width,
             printEmpty=rng.random() < 0.5)
        case(f"fuzz{n}/yaml", f"fuzz{n}", format="yaml")
        case(f"fuzz{n}/json", f"fuzz{n}", format="json")
        case(f"fuzz{n}/csv", f"fuzz{n}", format="csv",
             quote=rng.choice(["all", "minimal", "none", "nonnumeric"]))
        fields = [f"f{i}" for i in range(rng.randint(1, 6))]
        DATASETS[f"fuzzshow{n}"] = {
            "kind": "show", "fields": fields, "values": [random_cell(rng) for _ in fields]}
        case(f"fuzzshow{n}/table-w{width}", f"fuzzshow{n}", maxWidth=width)
        case(f"fuzzshow{n}/yaml", f"fuzzshow{n}", format="yaml")
        case(f"fuzzshow{n}/shell", f"fuzzshow{n}", format="shell")


add_fuzz()


# --------------------------------------------------------------------------
# Building blocks checked on their own: str()/repr(), wcwidth, textwrap, YAML
# scalars.

def width_runs():
    """wcwidth of every code point, as "first-code-point:width" runs (hex)."""
    runs = []
    last = None
    for cp in range(0x110000):
        w = wcwidth.wcwidth(chr(cp))
        if w != last:
            runs.append(f"{cp:x}:{w}")
            last = w
    return " ".join(runs)


WRAP_TEXTS = [
    "Look, goof-ball -- use the -b option!",
    "This server hosts the primary database for the accounting department.",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p",
    "--leading-dashes and ---triple--- dashes -- here",
    "  leading and trailing spaces  ",
    "tabs\tin\tthe\ttext and\tmore",
    "x y z",
    "caf\u00e9-cr\u00e8me br\u00fbl\u00e9e na\u00efve-\u00e9t\u00e9",
    "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8 \u65e5\u672c\u8a9e",
    "emoji \U0001F680\U0001F680\U0001F680 rocket-\U0001F680-ship",
    "2001:db8::1, 2001:db8::2, 2001:db8::3",
    "hw:cpu_policy='dedicated', hw:mem_page_size='large'",
    "e-mail re-use co-op 1-2 a-1 1-a well-known",
    "end.  Two spaces.  Here!",
    "----",
    "a--b c--d e---f",
    "\u3000ideographic\u3000space\u3000",
]

REPR_VALUES = [
    "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\nx",
    "cr\rx", "\x00\x01\x1f\x7f\x80\x9f", "\u00a0nbsp", "\u00ad", "\u00e9",
    "\u200b\u200d", "\u2028\u2029", "\ufeff", "\ue000", "\U0001F680", "\U000E0001",
    "\u0378", "\u3000", "\u2003", "", "'", '"', "''\"\"",
    1, -1, 0, 1.5, 0.1, 1e-05, 1e16, 1.5e300, -2.5e-10, 123456789.125, 1e15 + 0.5,
    True, False, None, [], {}, ["a", 1, None, [True]], {"a": {"b": ["c"]}, "k'": "v\""},
]

YAML_ALPHABET = ["a", "b", " ", " ", ":", "#", "\n", "'", '"', "\u00e9", "-", "\t", "\\",
                 "?", ",", "[", "}", "&", "!", "%", "@", "`", "|", ">", "~", "0", "1", ".",
                 "\u2028", "\x85", "\ufeff", "\x00", "\U0001F680", "word ", "word"]


def yaml_samples():
    rng = random.Random(7)
    samples = []
    for _ in range(400):
        n = rng.choice([1, 2, 3, 5, 8, 20, 40, 60])
        samples.append("".join(rng.choice(YAML_ALPHABET) for _ in range(n)))
    for n in range(70, 100):
        samples.append(("word " * 30)[:n] + "tail end of it all")
        samples.append("\u00e9" * (n - 60) + " " + "word " * 12)
        samples.append("it's " * (n // 5) + "\n" + "x " * n)
    return samples


def floats():
    rng = random.Random(3)
    out = []
    for _ in range(300):
        x = rng.random() * 10 ** rng.randint(-30, 30) * rng.choice([1, -1])
        if not (x.is_integer() and abs(x) < 2**53):
            out.append(x)
    for e in range(-8, 20):
        out.append(1.5 * 10**e)
        out.append(10.0**e + 0.25 if e < 15 else 10.0**e)
    return [x for x in out if not (x.is_integer() and abs(x) < 2**53)]


def table_flags():
    """--max-width/--fit-width defaults from CLIFF_MAX_TERM_WIDTH/CLIFF_FIT_WIDTH."""
    out = []
    saved = dict(os.environ)
    try:
        for max_env in (None, "0", "50", "120"):
            for fit_env in (None, "0", "1", "2"):
                for argv in ([], ["--max-width", "0"], ["--max-width", "30"], ["--fit-width"]):
                    env = {}
                    os.environ.pop("CLIFF_MAX_TERM_WIDTH", None)
                    os.environ.pop("CLIFF_FIT_WIDTH", None)
                    if max_env is not None:
                        env["CLIFF_MAX_TERM_WIDTH"] = os.environ["CLIFF_MAX_TERM_WIDTH"] = max_env
                    if fit_env is not None:
                        env["CLIFF_FIT_WIDTH"] = os.environ["CLIFF_FIT_WIDTH"] = fit_env
                    parser = argparse.ArgumentParser()
                    table.TableFormatter().add_argument_group(parser)
                    args = parser.parse_args(argv)
                    out.append([env, argv, args.max_width, args.fit_width])
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return out


def units():
    return {
        "table_flags": table_flags(),
        "widths": width_runs(),
        "wrap": [[t, w, textwrap.fill(t, w)] for t in WRAP_TEXTS for w in range(1, 31)],
        "repr": [[v, str(v), repr(v)] for v in REPR_VALUES],
        "floats": [[x, repr(x), json.dumps(x)] for x in floats()],
        "yaml": [[s, yaml.safe_dump({"k": s}, default_flow_style=False),
                  yaml.safe_dump([s], default_flow_style=False),
                  yaml.safe_dump({s: [s]}, default_flow_style=False)]
                 for s in yaml_samples()],
        "json": [[s, json.dumps(s)] for s in yaml_samples()[:200]],
        "yaml_documents": [[v, yaml.safe_dump(v, default_flow_style=False)]
                           for v in ["x", "", "a b", "123", 1, 1.5, None, True, [], {},
                                     "multi\nline", "\u00e9", "x" * 100, "word " * 30,
                                     {"a": None}, [[[]]], [{"a": [{"b": {}}]}]]],
    }


# --------------------------------------------------------------------------
# Running cases through cliff


class FakeApp:
    def __init__(self):
        self.stdout = io.StringIO()


class ListCommand(lister.Lister):
    def _load_formatter_plugins(self):
        return {}

    def take_action(self, parsed_args):
        raise NotImplementedError


class ShowCommand(show.ShowOne):
    def _load_formatter_plugins(self):
        return {}

    def take_action(self, parsed_args):
        raise NotImplementedError


LIST_FORMATTERS = {
    "table": table.TableFormatter, "json": json_format.JSONFormatter,
    "yaml": yaml_format.YAMLFormatter, "csv": commaseparated.CSVLister,
    "value": value.ValueFormatter,
}
SHOW_FORMATTERS = {
    "table": table.TableFormatter, "json": json_format.JSONFormatter,
    "yaml": yaml_format.YAMLFormatter, "value": value.ValueFormatter,
    "shell": shell.ShellFormatter,
}


class Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def run(c):
    ds = DATASETS[c["dataset"]]
    o = c["opts"]
    parsed = argparse.Namespace(
        formatter=o["format"], columns=list(o["columns"]), noindent=o["noindent"],
        quote_mode=o["quote"], max_width=o["maxWidth"], fit_width=o["fitWidth"],
        print_empty=o["printEmpty"], sort_columns=list(o["sortColumns"]),
        sort_direction=o["sortDirection"], prefix=o["prefix"],
        variables=list(o["variables"]),
    )
    tw = c["terminalWidth"]
    cliff_utils.terminal_width = lambda stdout: tw
    app = FakeApp()
    capture = Capture()
    logging.getLogger(lister.__name__).addHandler(capture)
    seq = list if c["columnsAreList"] else tuple
    error = None
    try:
        if ds["kind"] == "list":
            cmd = ListCommand(app, None)
            cmd.formatter = LIST_FORMATTERS[o["format"]]()
            rows = [tuple(decode(x) for x in r) for r in ds["rows"]]
            # Most openstackclient commands hand cliff a generator of rows.
            data = rows if c["rowsAreList"] else (r for r in rows)
            cmd.produce_output(parsed, seq(ds["columns"]), data)
        else:
            cmd = ShowCommand(app, None)
            cmd.formatter = SHOW_FORMATTERS[o["format"]]()
            values = tuple(decode(x) for x in ds["values"])
            cmd.produce_output(parsed, seq(ds["fields"]), values)
    except Exception as e:  # cliff reports these and exits 1
        error = str(e)
    finally:
        logging.getLogger(lister.__name__).removeHandler(capture)
    return {**c, "stdout": app.stdout.getvalue(), "error": error,
            "warnings": capture.messages}


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    results = [run(c) for c in CASES]
    out = {"generator": "tests/unit/output/gen_expected.py",
           "python": sys.version.split()[0],
           "datasets": DATASETS, "cases": results}
    path = os.path.join(HERE, "expected", "cases.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(results)} cases to {os.path.relpath(path)}")
    path = os.path.join(HERE, "expected", "units.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"generator": out["generator"], **units()}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote building-block checks to {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
