/** What image create and image set share: formats, visibility, protection, v1 leftovers. */
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";

export const CONTAINER_FORMATS = ["ami", "ari", "aki", "bare", "docker", "ova", "ovf"];
export const DISK_FORMATS = [
  "ami",
  "ari",
  "aki",
  "vhd",
  "vmdk",
  "raw",
  "qcow2",
  "vhdx",
  "vdi",
  "iso",
  "ploop",
];

export const minFlags = {
  minDisk: flag.integer({ metavar: "<disk-gb>", help: "Smallest disk that boots it, in GB" }),
  minRam: flag.integer({ metavar: "<ram-mb>", help: "Smallest RAM that boots it, in MB" }),
};

export const protectedFlags = {
  protected: flag.boolean({ group: "protected", help: "Refuse deletion" }),
  unprotected: flag.boolean({ group: "protected", help: "Allow deletion (default)" }),
};

export const visibilityFlags = {
  public: flag.boolean({ group: "visibility", help: "Visible to every project" }),
  private: flag.boolean({ group: "visibility", help: "Visible to its owner only (default)" }),
  community: flag.boolean({ group: "visibility", help: "Usable by any project, not listed" }),
  shared: flag.boolean({ group: "visibility", help: "Visible to its owner and its members" }),
};

export function visibilityOf(
  f: { public: boolean; private: boolean; community: boolean; shared: boolean },
): string | undefined {
  return f.public
    ? "public"
    : f.private
    ? "private"
    : f.community
    ? "community"
    : f.shared
    ? "shared"
    : undefined;
}

export function protectedOf(f: { protected: boolean; unprotected: boolean }): boolean | undefined {
  return f.protected ? true : f.unprotected ? false : undefined;
}

/** An Image v1 option python keeps, hidden, only to refuse it. */
export function deadFlag(name: string) {
  return flag.string({
    long: name,
    metavar: `<${name}>`,
    help: "(Image v1: refused)",
    hidden: true,
  });
}

/** python's refusal of the first v1 option given, in its declared order. */
export function refuseDead(given: [string, string | undefined][]): void {
  for (const [name, value] of given) {
    if (value) {
      throw new OscError(
        `ERROR: --${name} was given, which is an Image v1 option that is no longer supported in Image v2`,
      );
    }
  }
}
