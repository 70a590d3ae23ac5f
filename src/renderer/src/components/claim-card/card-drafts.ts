import { useCallback, useState } from 'react'

/**
 * What was typed on a claim's card and is not saved yet (a source not added, a note too large to
 * keep), by claim and field, so closing the card or opening another article does not drop it.
 * This tab only, while it is open.
 */
const drafts = new Map<string, unknown>()

export const cardDraftKey = (claimId: string, field: string) => `${claimId}:${field}`

export const readCardDraft = <T>(key: string): T | undefined => drafts.get(key) as T | undefined

/** Keeps a draft; `undefined` forgets it (saved, or emptied by the user). */
export function keepCardDraft(key: string, value: unknown): void {
  if (value === undefined) drafts.delete(key)
  else drafts.set(key, value)
}

/** State that outlives the card it is typed in; an empty value is forgotten. */
export function useCardDraft<T>(
  key: string,
  empty: T,
  isEmpty: (value: T) => boolean,
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => readCardDraft<T>(key) ?? empty)
  const set = useCallback(
    (next: T) => {
      setValue(next)
      keepCardDraft(key, isEmpty(next) ? undefined : next)
    },
    [key, isEmpty],
  )
  return [value, set]
}
