/** The dictionary merges of openstacksdk's config loader. */

export type Dict = Record<string, unknown>;

export function isDict(v: unknown): v is Dict {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** _util.merge_clouds: like update, but nested mappings are merged (new wins). */
export function mergeClouds(oldDict: Dict, newDict: Dict): Dict {
  const ret: Dict = { ...oldDict };
  for (const [k, v] of Object.entries(newDict)) {
    if (isDict(v)) {
      const prev = ret[k];
      ret[k] = isDict(prev) ? mergeClouds(prev, v) : { ...v };
    } else {
      ret[k] = v;
    }
  }
  return ret;
}

/** loader._auth_update: update, except the nested `auth` mapping is merged one level deep. */
export function authUpdate(target: Dict, source: Dict): Dict {
  for (const [k, v] of Object.entries(source)) {
    if (k === "auth" && isDict(v)) {
      const prev = target.auth;
      target.auth = isDict(prev) ? { ...prev, ...v } : { ...v };
    } else {
      target[k] = v;
    }
  }
  return target;
}
