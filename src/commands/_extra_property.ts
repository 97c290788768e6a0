/**
 * `--extra-property type=<t>,name=<n>,value=<v>` of the python client's
 * Neutron create/set commands (NeutronCommandWithExtraArgs): attributes sent
 * to Neutron as given, converted by type. One flag spec and one parser for
 * every network command that takes it.
 */
import { flag } from "../cli/flags.ts";
import { OscError } from "../errors.ts";
import { pyReprString } from "../output/pyrepr.ts";
import { multiKeyValue, parsePyInt } from "./_common.ts";

export const extraPropertyFlag = flag.list({
  metavar: "type=<property_type>,name=<property_name>,value=<property_value>",
  help:
    "Extra attribute to send to Neutron as is (repeatable). Types: str (default), int, bool, list (values split at ';'), dict (k1:v1;k2:v2)",
});

const SPEC = { required: ["name", "value"], optional: ["type"] };

/** The flag's entries, checked as argparse would while parsing (see multiKeyValue). */
export function parseExtraProperties(entries: readonly string[]): Record<string, string>[] {
  return entries.map((e) => multiKeyValue(e, SPEC));
}

function pyInt(s: string): number {
  const n = parsePyInt(s);
  if (n === undefined) {
    throw new OscError(`invalid literal for int() with base 10: ${pyReprString(s)}`);
  }
  return n;
}

/** osc's str2dict: "k1:v1;k2:v2"; a part without ":" belongs to the value before it. */
function str2dict(s: string): Record<string, string> {
  const parts: string[] = [];
  for (const kv of s ? s.split(";") : []) {
    if (kv.includes(":")) parts.push(kv);
    else if (!parts.length) throw new OscError(`missing value for key '${kv}'`);
    else parts[parts.length - 1] += `;${kv}`;
  }
  return Object.fromEntries(parts.map((kv) => {
    const i = kv.indexOf(":");
    return [kv.slice(0, i), kv.slice(i + 1)];
  }));
}

const CONVERTERS: Record<string, (v: string) => unknown> = {
  bool: (v) => v.toLowerCase() === "true",
  dict: str2dict,
  list: (v) => (v ? v.split(";") : []),
  int: pyInt,
  str: (v) => v,
};

/**
 * `attrs` updated with _parse_extra_properties (python's dict.update: a name
 * already there keeps its place and takes the new value; later names win).
 * Run where python does, after the command's other attributes are built.
 */
export function withExtraAttributes(
  attrs: Readonly<Record<string, unknown>>,
  props: readonly Record<string, string>[],
): Record<string, unknown> {
  const out: [string, unknown][] = Object.entries(attrs);
  for (const p of props) {
    const type = p.type ?? "str";
    const convert = Object.hasOwn(CONVERTERS, type) ? CONVERTERS[type] : undefined;
    if (!convert) throw new OscError(`Type ${type} of property ${p.name} is not supported`);
    out.push([p.name, convert(p.value)]);
  }
  // fromEntries makes own properties: a name "__proto__" is sent, as python does
  return Object.fromEntries(out);
}
