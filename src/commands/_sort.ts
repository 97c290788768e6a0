/** osc_lib.utils.sort_items: the python client's client-side `--sort key[:dir],...`. */
import { OscError } from "../errors.ts";
import { cmpCodePoints, pyStr } from "../output/pyrepr.ts";

/**
 * `get(item, key)` returns the attribute, or throws "Resource doesn't have
 * field <key>" where python's getattr fails. `asString`: python's
 * sort_type=str (every value compared as str(value)).
 */
export function sortItems<T>(
  items: readonly T[],
  sort: string | undefined,
  get: (item: T, key: string) => unknown,
  asString = false,
): T[] {
  let out = [...items];
  if (!sort) return out;
  const keys = sort.trim().split(",");
  for (const spec of keys.reverse()) {
    let key = spec;
    let reverse = false;
    const colon = spec.indexOf(":");
    if (colon >= 0) {
      key = spec.slice(0, colon);
      let direction = spec.slice(colon + 1);
      if (!key) throw new OscError("'<empty string>'' is not a valid sort key");
      if (direction !== "asc" && direction !== "desc") {
        if (!direction) direction = "<empty string>";
        throw new OscError(
          `'${direction}' is not a valid sort direction for sort key ${key}, use 'asc' or 'desc' instead`,
        );
      }
      reverse = direction === "desc";
    }
    const value = (item: T) => {
      const v = get(item, key);
      return asString ? pyStr(v) : v;
    };
    const keyed = out.map((item) => ({ item, k: value(item) }));
    // python's sort(reverse=True) keeps equal items in their original order
    keyed.sort((a, b) => (reverse ? compare(b.k, a.k) : compare(a.k, b.k)));
    out = keyed.map((x) => x.item);
  }
  return out;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === "string" && typeof b === "string") return cmpCodePoints(a, b);
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const [x, y] = [pyStr(a), pyStr(b)];
  return cmpCodePoints(x, y);
}
