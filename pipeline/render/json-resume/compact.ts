/** JSON values as the JSON Resume renderer builds them, and their pruning. */

/** A JSON value; `undefined` marks a field that is left out. */
export type Json = string | Json[] | { [key: string]: Json } | undefined;

/**
 * `value` without undefined fields, empty strings, empty arrays and empty objects, keys kept in
 * their order. Why: JSON Resume themes test fields for presence, so an empty one would print a blank.
 */
export function compact(value: Json): Json {
  if (value === undefined || typeof value === 'string') return value === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  const entries = Object.entries(value).flatMap(([key, field]) => {
    const kept = compact(field);
    return kept === undefined ? [] : [[key, kept] as const];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
