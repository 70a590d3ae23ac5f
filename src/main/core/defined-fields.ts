/**
 * The fields of a patch that carry a value. A key present with `undefined` (which IPC's structured
 * clone delivers and `.partial()` accepts) would otherwise erase a required field when spread.
 */
export const definedFields = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>
