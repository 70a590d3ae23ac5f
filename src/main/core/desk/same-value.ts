import { isDeepStrictEqual } from 'node:util'

/** Equal as JSON would write them: absent and undefined alike, keys in any order. */
export const sameValue = (a: unknown, b: unknown): boolean =>
  isDeepStrictEqual(
    a === undefined ? undefined : JSON.parse(JSON.stringify(a)),
    b === undefined ? undefined : JSON.parse(JSON.stringify(b)),
  )
