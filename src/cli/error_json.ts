/**
 * Machine-readable errors for CI jobs: with `--error-format json` or OS_ERROR_FORMAT=json a
 * failure prints one JSON object on stderr instead of the line (same exit code):
 *   {"message": "...", "exit_code": 1, "http_status": 404, "request_id": "req-..."}
 * The message is the scrubbed line the text format prints; nothing else from the request.
 */
import { HttpError } from "../http/errors.ts";

/** The words before `--` ask for JSON errors, or the environment does (the flag wins). */
export function wantsJsonErrors(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  let fromFlag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    if (a === "--error-format") fromFlag = argv[i + 1];
    else if (a.startsWith("--error-format=")) fromFlag = a.slice("--error-format=".length);
  }
  return (fromFlag ?? env.OS_ERROR_FORMAT ?? "").toLowerCase() === "json";
}

/** The HTTP error behind `e`, following `cause` (commands reword API errors). */
function httpCause(e: unknown): HttpError | undefined {
  for (let x = e, depth = 0; x && depth < 8; depth++) {
    if (x instanceof HttpError) return x;
    x = (x as { cause?: unknown }).cause;
  }
  return undefined;
}

export function errorJson(e: unknown, message: string, exitCode: number): string {
  const http = httpCause(e);
  return JSON.stringify({
    message,
    exit_code: exitCode,
    http_status: http?.status ?? null,
    request_id: http?.requestId ?? null,
  }) + "\n";
}
