import { useState, type Dispatch, type SetStateAction } from 'react'

/**
 * Local edits of a stored value. When the stored value itself changes (a save, an undo, a reload),
 * the draft starts again from it; a reload that brings the same value keeps unsaved edits.
 */
export function useDraft<T>(stored: T): [T, Dispatch<SetStateAction<T>>] {
  const storedKey = JSON.stringify(stored)
  const [draft, setDraft] = useState(stored)
  const [draftBase, setDraftBase] = useState(storedKey)
  if (draftBase !== storedKey) {
    setDraftBase(storedKey)
    setDraft(stored)
  }
  return [draft, setDraft]
}

/**
 * A status line ("Saved.") that belongs to one state of a draft: it disappears as soon as the
 * draft differs from that state, whether the user edits it or an undo changes what is stored.
 */
export function useDraftStatus(
  draft: unknown,
): [string, (text: string, forDraft: unknown) => void] {
  const [status, setStatus] = useState<{ text: string; draftKey: string } | null>(null)
  const shown = status?.draftKey === JSON.stringify(draft) ? status.text : ''
  const say = (text: string, forDraft: unknown) =>
    setStatus({ text, draftKey: JSON.stringify(forDraft) })
  return [shown, say]
}
