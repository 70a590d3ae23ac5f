import { diffArrays } from 'diff'
import type { ParagraphChange } from '../../../shared/import-model'

/** What the banner lists at most; a rewritten article is summed up by its counts. */
const MAX_LISTED = 50

/** Paragraph-level differences: a removal right before an addition is one changed paragraph. */
export function paragraphChanges(
  before: readonly string[],
  after: readonly string[],
): ParagraphChange[] {
  const changes: ParagraphChange[] = []
  let removed: string[] = []
  const flushRemoved = () => {
    for (const text of removed) changes.push({ kind: 'removed', before: text })
    removed = []
  }
  for (const part of diffArrays([...before], [...after])) {
    if (part.removed) {
      flushRemoved()
      removed = [...part.value]
    } else if (part.added) {
      part.value.forEach((text, index) => {
        const old = removed[index]
        changes.push(
          old === undefined
            ? { kind: 'added', after: text }
            : { kind: 'changed', before: old, after: text },
        )
      })
      for (const text of removed.slice(part.value.length))
        changes.push({ kind: 'removed', before: text })
      removed = []
    } else flushRemoved()
  }
  flushRemoved()
  return changes.slice(0, MAX_LISTED)
}
