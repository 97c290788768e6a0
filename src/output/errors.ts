/** Raised when the python client would fail while producing output. */
import { OscError } from "../errors.ts";

export class OutputError extends OscError {
  /** What the python client had already written to stdout before failing. */
  readonly partialOutput: string;

  constructor(message: string, partialOutput = "") {
    super(message);
    this.name = "OutputError";
    this.partialOutput = partialOutput;
  }
}
