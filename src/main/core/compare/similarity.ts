import { diffArrays, diffWords } from 'diff'
import type { DiffPart } from '../../../shared/compare-model'
import { plainWords } from './words'

/** Dice coefficient of two word sets: 1 when they hold the same words, 0 when none is shared. */
export function dice(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a)
  const right = new Set(b)
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const word of left) if (right.has(word)) shared++
  return (2 * shared) / (left.size + right.size)
}

/** How many words two word lists share, counting repeats. */
function sharedCount(left: readonly string[], right: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of right) {
    const count = counts.get(word) ?? 0
    if (count > 0) {
      shared++
      counts.set(word, count - 1)
    }
  }
  return shared
}

/** How alike two quotations are, word by word and in order: `dice` over the whole, `containment` of the shorter. */
export function quoteSimilarity(
  a: string | readonly string[],
  b: string | readonly string[],
): { common: number; dice: number; containment: number } {
  const left = typeof a === 'string' ? plainWords(a) : [...a]
  const right = typeof b === 'string' ? plainWords(b) : [...b]
  if (!left.length || !right.length) return { common: 0, dice: 0, containment: 0 }
  // Words in common, in any order, bound the words in common in order: skip the diff when too few.
  const shared = sharedCount(left, right)
  if (
    (2 * shared) / (left.length + right.length) < 0.6 &&
    shared / Math.min(left.length, right.length) < 0.8
  ) {
    return { common: shared, dice: 0, containment: 0 }
  }
  const common = diffArrays(left, right)
    .filter((change) => !change.added && !change.removed)
    .reduce((sum, change) => sum + change.count, 0)
  return {
    common,
    dice: (2 * common) / (left.length + right.length),
    containment: common / Math.min(left.length, right.length),
  }
}

/**
 * A word-level diff from `from` to `to`, ignoring case unless told not to; shows what each outlet
 * wrote differently, or what an edit changed between two versions of one article.
 */
export function wordDiff(from: string, to: string, { ignoreCase = true } = {}): DiffPart[] {
  return diffWords(from, to, { ignoreCase }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }))
}
