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
  const reason = e.reason ?? "invalid YAML";
  const line = e.mark?.line;
  if (typeof line !== "number") return reason;
  const column = typeof e.mark?.column === "number" ? `, column ${e.mark.column + 1}` : "";
  return `${reason} (line ${line + 1}${column})`;
}

async function parseYaml(path: string, text: string, what = ""): Promise<unknown> {
  const { yaml, schema } = await loadYaml();
  try {
    // json: true lets a repeated key override the earlier one, as PyYAML does.
    return yaml.load(text, { schema, json: true });
  } catch (e) {
    if (isYamlError(e)) throw new ConfigError(`Cannot parse ${path}: ${what}${yamlErrorDetail(e)}`);
    throw e;
  }
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

async function parseJson(path: string, text: string): Promise<unknown> {
  try {
    return JSON.parse(text);
  } catch (e) {
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
