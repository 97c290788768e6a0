/** Errors raised while finding, reading and checking the cloud configuration. */
import { OscError } from "../errors.ts";

/**
 * A configuration problem the user must fix. The message is one line and never
 * holds a secret value (passwords, tokens, application credential secrets).
 */
export class ConfigError extends OscError {
  override name = "ConfigError";
}
