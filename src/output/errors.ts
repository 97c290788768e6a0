/** Raised when the python client would fail while producing output. */
import { CliError } from "../cli/errors.ts";

export class OutputError extends CliError {
  /** What the python client had already written to stdout before failing. */
  readonly partialOutput: string;

  constructor(message: string, partialOutput = "") {
    super(message);
    this.name = "OutputError";
    this.partialOutput = partialOutput;
  }
}
