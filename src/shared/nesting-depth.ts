/**
 * How deeply objects and arrays nest in `value`, counted without recursion so that measuring a
 * hostile document cannot overflow the stack; stops counting once `limit` is passed. Only objects
 * are queued, values and depths side by side, since every file the store reads is measured.
 */
export function nestingDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  if (value === null || typeof value !== 'object') return 0
  let deepest = 0
  const pending: object[] = [value]
  const depths: number[] = [1]
  while (pending.length > 0) {
    const item = pending.pop()!
    const depth = depths.pop()!
    if (depth > deepest) deepest = depth
    if (deepest > limit) return deepest
    const children = Array.isArray(item) ? item : Object.values(item)
    for (const child of children) {
      if (child === null || typeof child !== 'object') continue
      pending.push(child)
      depths.push(depth + 1)
    }
  }
  return deepest
}
