/** Errors of the command line itself. */
import { OscError } from "../errors.ts";

/** Bad usage: argparse's wording, exit code 2. */
export class UsageError extends OscError {
  constructor(message: string, readonly prog: string) {
    super(`${prog}: error: ${message}`, 2);
    this.name = "UsageError";
  }
}
