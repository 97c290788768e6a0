/**
 * The root of every error this program reports: a one-line message and the
 * exit code. Every layer (config, auth, http, output, commands) raises its
 * own subclass; the CLI turns any of them into a line on stderr.
 */
export class OscError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = "OscError";
  }
}

/** Ends the run with this exit code and nothing on stderr (the program run said it: ssh). */
export class SilentExit extends OscError {
  constructor(exitCode: number) {
    super("", exitCode);
    this.name = "SilentExit";
  }
}
