/** The --encryption-* options volume type create and set share. */
import { flag } from "../../../cli/flags.ts";

export const encryptionFlags = {
  encryptionProvider: flag.string({
    metavar: "<provider>",
    help: 'Encryption provider, such as "luks" or "plain" (admin only; needed for a new one)',
  }),
  encryptionCipher: flag.string({
    metavar: "<cipher>",
    help: 'Encryption cipher, such as "aes-xts-plain64" (admin only)',
  }),
  encryptionKeySize: flag.integer({
    metavar: "<key-size>",
    help: "Encryption key size in bits, such as 128 or 256 (admin only)",
  }),
  encryptionControlLocation: flag.string({
    metavar: "<control-location>",
    choices: ["front-end", "back-end"],
    help: "Where encryption happens (admin only; a new one defaults to front-end)",
  }),
};
