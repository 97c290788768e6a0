/** Turns the text of a config file into data, with one-line errors naming file and line. */
import { ConfigError } from "./errors.ts";
import { type JsYamlModule, pythonLikeSchema } from "./yaml_schema.ts";

let yamlCache: { yaml: JsYamlModule; schema: unknown } | undefined;

/** js-yaml is imported only when a YAML file is actually read (it costs start-up time). */
async function loadYaml(): Promise<{ yaml: JsYamlModule; schema: unknown }> {
  if (yamlCache === undefined) {
    const mod = await import("js-yaml");
    const yaml = (mod.default ?? mod) as JsYamlModule;
    yamlCache = { yaml, schema: pythonLikeSchema(yaml) };
  }
  return yamlCache;
}

interface YamlErrorShape {
  name: string;
  reason?: string;
  mark?: { line?: number; column?: number };
}

function isYamlError(e: unknown): e is YamlErrorShape {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "YAMLException";
}

/** js-yaml's `reason` only: its full message quotes the source, which may hold a password. */
function yamlErrorDetail(e: YamlErrorShape): string {
  // Some reasons quote the source ('tag name cannot contain such characters: "<text>"',
  // 'unidentified alias "<text>"'): drop the quoted text and tags, which may be a secret.
  const reason = (e.reason ?? "invalid YAML")
    .replace(/".*"|!<.*>/gs, "(…)")
    .replace(/^(tag name cannot contain such characters|tag (name|prefix) is malformed):.*$/, "$1");
  const line = e.mark?.line;
  if (typeof line !== "number") return reason;
  const column = typeof e.mark?.column === "number" ? `, column ${e.mark.column + 1}` : "";
  return `${reason} (line ${line + 1}${column})`;
}

/** Bounds on a parsed document: YAML aliases can make a small file stand for a huge tree. */
export const MAX_CONFIG_NODES = 100_000;
export const MAX_CONFIG_DEPTH = 100;

/**
 * Throws when the document, with every alias expanded, has more than
 * MAX_CONFIG_NODES values, is nested deeper than MAX_CONFIG_DEPTH, or refers
 * to itself (`&a [*a]`): the code that reads it walks it as a tree.
 */
export function checkDocumentSize(doc: unknown, path: string): void {
  let nodes = 0;
  const onPath = new Set<object>();
  const walk = (v: unknown, depth: number): void => {
    if (++nodes > MAX_CONFIG_NODES) {
      throw new ConfigError(
        `Cannot parse ${path}: more than ${MAX_CONFIG_NODES} values once aliases are expanded`,
      );
    }
    if (typeof v !== "object" || v === null) return;
    if (depth > MAX_CONFIG_DEPTH) {
      throw new ConfigError(`Cannot parse ${path}: nested more than ${MAX_CONFIG_DEPTH} levels`);
    }
    if (onPath.has(v)) throw new ConfigError(`Cannot parse ${path}: an alias refers to itself`);
    onPath.add(v);
    for (const child of Object.values(v)) walk(child, depth + 1);
    onPath.delete(v);
  };
  walk(doc, 0);
}

async function parseYaml(path: string, text: string, what = ""): Promise<unknown> {
  const { yaml, schema } = await loadYaml();
  let doc: unknown;
  try {
    // json: true lets a repeated key override the earlier one, as PyYAML does.
    doc = yaml.load(text, { schema, json: true });
  } catch (e) {
    if (isYamlError(e)) throw new ConfigError(`Cannot parse ${path}: ${what}${yamlErrorDetail(e)}`);
    // js-yaml recurses: very deep nesting overflows the stack (RangeError).
    if (e instanceof RangeError) {
      throw new ConfigError(`Cannot parse ${path}: ${what}nested too deeply or too large`);
    }
    throw e;
  }
  checkDocumentSize(doc, path);
  return doc;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

async function parseJson(path: string, text: string): Promise<unknown> {
  try {
    const doc = JSON.parse(text);
    checkDocumentSize(doc, path);
    return doc;
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    if (e instanceof RangeError) {
      throw new ConfigError(`Cannot parse ${path}: invalid JSON (nested too deeply)`);
    }
    if (!(e instanceof SyntaxError)) throw e;
    // V8's message may quote the text; keep only the position.
    const lineCol = /line (\d+) column (\d+)/.exec(e.message);
    if (lineCol) {
      throw new ConfigError(
        `Cannot parse ${path}: invalid JSON (line ${lineCol[1]}, column ${lineCol[2]})`,
      );
    }
    const pos = /position (\d+)/.exec(e.message);
    if (pos) {
      throw new ConfigError(
        `Cannot parse ${path}: invalid JSON (line ${lineOfOffset(text, Number(pos[1]))})`,
      );
    }
    if (/end of JSON input/i.test(e.message)) {
      throw new ConfigError(`Cannot parse ${path}: invalid JSON (unexpected end of file)`);
    }
    // No position in V8's message: ask the YAML parser (JSON is YAML) for a line.
    await parseYaml(path, text, "invalid JSON: ");
    throw new ConfigError(`Cannot parse ${path}: invalid JSON`);
  }
}

/** Files whose name ends in "json" are JSON, everything else YAML (as loader.py decides). */
export function parseConfigText(path: string, text: string): Promise<unknown> {
  return path.endsWith("json") ? parseJson(path, text) : parseYaml(path, text);
}
