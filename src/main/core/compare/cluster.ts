/** Groups items linked by pairs (union-find): a–b and b–c make one group {a, b, c}; smaller groups are left out. */
export function clusters<T>(
  items: readonly T[],
  pairs: Iterable<readonly [number, number]>,
  minSize = 2,
): T[][] {
  const parent = items.map((_, index) => index)
  const root = (index: number): number => {
    let at = index
    while (parent[at] !== at) at = parent[at] = parent[parent[at] ?? at] ?? at
    return at
  }
  for (const [a, b] of pairs) parent[root(a)] = root(b)
  const groups = new Map<number, T[]>()
  items.forEach((item, index) => {
    const key = root(index)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  })
  return [...groups.values()].filter((group) => group.length >= minSize)
}

/**
 * Index pairs of related items, compared only when they share a key (so not every pair is compared),
 * each pair once; items with the same owner are never paired.
 */
export function relatedPairs<T>(
  items: readonly T[],
  keysOf: (item: T) => Iterable<string>,
  ownerOf: (item: T) => string,
  isRelated: (a: T, b: T) => boolean,
) {
  const byKey = new Map<string, number[]>()
  items.forEach((item, index) => {
    for (const key of new Set(keysOf(item))) {
      const indexes = byKey.get(key)
      if (indexes) indexes.push(index)
      else byKey.set(key, [index])
    }
  })
  const seen = new Set<string>()
  const pairs: [number, number][] = []
  for (const indexes of byKey.values()) {
    for (const [i, a] of indexes.entries()) {
      for (const b of indexes.slice(i + 1)) {
        const id = `${a}:${b}`
        const [left, right] = [items[a] as T, items[b] as T]
        if (ownerOf(left) === ownerOf(right) || seen.has(id)) continue
        seen.add(id)
        if (isRelated(left, right)) pairs.push([a, b])
      }
    }
  }
  return pairs
}
