/**
 * A js-yaml schema that reads scalars the way python's yaml.safe_load (YAML 1.1)
 * followed by openstacksdk's normalize_keys would: yes/no/on/off are booleans,
 * and floats become python's str(float) ("2.0" stays "2.0", not 2).
 */

/** The part of the js-yaml module this package uses. */
export interface JsYamlModule {
  load(text: string, options?: { schema?: unknown; json?: boolean; filename?: string }): unknown;
  DEFAULT_SCHEMA: { extend(types: { implicit?: unknown[] }): unknown };
  Type: new (tag: string, options: {
    kind: "scalar";
    resolve: (data: string | null) => boolean;
    construct: (data: string) => unknown;
  }) => unknown;
}

const PY_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const PY_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
// PyYAML's float resolver without the sexagesimal form: a dot is required and an
// exponent needs a sign ("1e3" and "1.5e3" are strings there).
const PY_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** python's str(float). */
export function pythonFloatString(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (n === Infinity) return "inf";
  if (n === -Infinity) return "-inf";
  if (Number.isInteger(n) && Math.abs(n) < 1e16) {
    return (Object.is(n, -0) ? "-0" : String(n)) + ".0";
  }
  return String(n);
}

function parsePyFloat(text: string): number {
  const t = text.replace(/_/g, "").toLowerCase();
  if (t.endsWith(".inf")) return t.startsWith("-") ? -Infinity : Infinity;
  if (t === ".nan") return NaN;
  return Number(t);
}

export function pythonLikeSchema(yaml: JsYamlModule): unknown {
  const bool = new yaml.Type("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: (data) => data !== null && PY_BOOL.test(data),
    construct: (data) => PY_TRUE.test(data),
  });
  const float = new yaml.Type("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: (data) => data !== null && PY_FLOAT.test(data),
    construct: (data) => pythonFloatString(parsePyFloat(data)),
  });
  return yaml.DEFAULT_SCHEMA.extend({ implicit: [bool, float] });
}
