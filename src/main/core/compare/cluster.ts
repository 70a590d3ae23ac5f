/** How to relate items: only items sharing a key are compared, and never two of one owner. */
export type Relation<T> = {
  keysOf: (item: T) => Iterable<string>
  ownerOf: (item: T) => string
  isRelated: (a: T, b: T) => boolean
  /**
   * Items with the same copy key read alike to `isRelated` (a sentence copied into many articles):
   * they are compared once as a class, which keeps a thousand articles' copies from being paired.
   */
  copyKeyOf?: (item: T) => string
}

/** Union-find over item indexes. */
function unionFind(size: number) {
  const parent = Array.from({ length: size }, (_, index) => index)
  const root = (index: number): number => {
    let at = index
    while (parent[at] !== at) at = parent[at] = parent[parent[at] ?? at] ?? at
    return at
  }
  return { root, join: (a: number, b: number) => void (parent[root(a)] = root(b)) }
}

/** Copies of one item: their indexes, and how many owners they have. */
type CopyClass = { members: number[]; owners: Set<string>; isJoined: boolean }

function copyClasses<T>(items: readonly T[], relation: Relation<T>): CopyClass[] {
  const byKey = new Map<string, CopyClass>()
  const classes: CopyClass[] = []
  items.forEach((item, index) => {
    const key = relation.copyKeyOf?.(item)
    let copies = key === undefined ? undefined : byKey.get(key)
    if (!copies) {
      copies = { members: [], owners: new Set(), isJoined: false }
      classes.push(copies)
      if (key !== undefined) byKey.set(key, copies)
    }
    copies.members.push(index)
    copies.owners.add(relation.ownerOf(item))
  })
  return classes
}

/** Two classes hold items of different owners, so some pair of them may be related. */
const haveTwoOwners = (a: CopyClass, b: CopyClass) =>
  a.owners.size > 1 || b.owners.size > 1 || [...a.owners].some((owner) => !b.owners.has(owner))

/**
 * Groups related items: a–b and b–c make one group {a, b, c}; smaller groups are left out. Pairs
 * are found through shared keys and skipped once in one group, so memory stays linear in the items.
 */
export function relatedClusters<T>(items: readonly T[], relation: Relation<T>, minSize = 2): T[][] {
  const { root, join } = unionFind(items.length)
  const classes = copyClasses(items, relation)
  const itemOf = (copies: CopyClass, at = 0) => items[copies.members[at] ?? 0] as T
  const joinClass = (copies: CopyClass) => {
    if (copies.isJoined) return
    copies.isJoined = true
    const [first = 0, ...rest] = copies.members
    for (const member of rest) join(member, first)
  }
  for (const copies of classes) {
    const other = copies.members.findIndex(
      (member) => relation.ownerOf(items[member] as T) !== relation.ownerOf(itemOf(copies)),
    )
    if (other > 0 && relation.isRelated(itemOf(copies), itemOf(copies, other))) joinClass(copies)
  }
  const byKey = new Map<string, CopyClass[]>()
  for (const copies of classes) {
    for (const key of new Set(relation.keysOf(itemOf(copies)))) {
      const sharing = byKey.get(key)
      if (sharing) sharing.push(copies)
      else byKey.set(key, [copies])
    }
  }
  for (const sharing of byKey.values()) {
    for (const [i, a] of sharing.entries()) {
      for (let j = i + 1; j < sharing.length; j++) {
        const b = sharing[j] as CopyClass
        const [left, right] = [a.members[0] ?? 0, b.members[0] ?? 0]
        if (root(left) === root(right) || !haveTwoOwners(a, b)) continue
        if (!relation.isRelated(itemOf(a), itemOf(b))) continue
        joinClass(a)
        joinClass(b)
        join(left, right)
      }
    }
  }
  const groups = new Map<number, T[]>()
  items.forEach((item, index) => {
    const key = root(index)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  })
  return [...groups.values()].filter((group) => group.length >= minSize)
}
