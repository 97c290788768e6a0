/** What flavor profile create and set share: their flags and the body built from them. */
import { flag } from "../../../../cli/flags.ts";
import { OscError } from "../../../../errors.ts";

export const profileFlags = {
  description: flag.string({ metavar: "<description>", help: "Description of the profile" }),
  enable: flag.boolean({ group: "enable", help: "Enable the profile" }),
  disable: flag.boolean({ group: "enable", help: "Disable the profile" }),
  driver: flag.string({ help: "Python module path of the driver (this or --metainfo needed)" }),
  metainfo: flag.string({ help: "Metainfo of the profile (this or --driver needed)" }),
};

interface ProfileValues {
  description?: string;
  enable: boolean;
  disable: boolean;
  driver?: string;
  metainfo?: string;
}

export function profileBody(f: ProfileValues): Record<string, unknown> {
  return {
    ...(f.description !== undefined ? { description: f.description } : {}),
    ...(f.driver !== undefined ? { driver: f.driver } : {}),
    ...(f.metainfo !== undefined ? { metainfo: f.metainfo } : {}),
    ...(f.enable ? { enabled: true } : f.disable ? { enabled: false } : {}),
  };
}

/** python checks this after the project lookup and the extra properties. */
export function requireDriverOrMetainfo(f: ProfileValues): void {
  if (f.driver === undefined && f.metainfo === undefined) {
    throw new OscError("Either --driver or --metainfo or both are required");
  }
}
