/** Errors that end a run with a known exit code and a one-line message. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = "CliError";
  }
}

/** Bad usage: argparse's wording, exit code 2. */
export class UsageError extends CliError {
  constructor(message: string, readonly prog: string) {
    super(`${prog}: error: ${message}`, 2);
    this.name = "UsageError";
  }
}
