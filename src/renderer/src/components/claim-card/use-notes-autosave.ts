import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { noteSizeProblem, type NotesDoc } from '../../../../shared/claim-model'
import { toEditorContent, toNotesDoc } from '../../editor/notes-schema'
import { useSaveAsYouType } from '../../hooks/use-save-as-you-type'
import { keepCardDraft, readCardDraft } from './card-drafts'

const sameNotes = (a: NotesDoc, b: NotesDoc) => JSON.stringify(a) === JSON.stringify(b)

/** A note too large to save that was left on a card, to start the editor with when it opens again. */
export const unsavedNote = (draftKey: string) => readCardDraft<NotesDoc>(draftKey)

/**
 * Saves as the note is typed and when focus leaves, only on real change; a note too large to keep
 * is not sent, and its problem is returned to show while the editor keeps every word — and kept as
 * the card's draft, so closing the card or opening another article does not lose it. Outside
 * changes (undo, another window) show when the editor is idle and holds nothing unsaved.
 */
export function useNotesAutosave(
  editor: Editor,
  value: NotesDoc,
  onSave: (next: NotesDoc) => void,
  draftKey: string,
): string | null {
  const saved = useRef(toNotesDoc(value))
  const [problem, setProblem] = useState<string | null>(() => {
    const draft = unsavedNote(draftKey)
    return draft ? noteSizeProblem(draft) : null
  })
  const pending = useSaveAsYouType(() => {
    const next = toNotesDoc(editor.getJSON())
    const tooLarge = sameNotes(next, saved.current) ? null : noteSizeProblem(next)
    setProblem(tooLarge)
    keepCardDraft(draftKey, tooLarge ? next : undefined)
    if (tooLarge || sameNotes(next, saved.current)) return
    saved.current = next
    onSave(next)
  })
  const isHoldingUnsaved = problem !== null

  useEffect(() => {
    editor.on('update', pending.edited)
    editor.on('blur', pending.flush)
    return () => {
      editor.off('update', pending.edited)
      editor.off('blur', pending.flush)
    }
  }, [editor, pending.edited, pending.flush])

  useEffect(() => {
    saved.current = toNotesDoc(value)
    if (editor.isFocused || isHoldingUnsaved) return
    if (sameNotes(toNotesDoc(editor.getJSON()), saved.current)) return
    // An outside change (undo, another window) is not an edit: no update event, no history entry.
    editor
      .chain()
      .setMeta('addToHistory', false)
      .setContent(toEditorContent(saved.current), { emitUpdate: false })
      .run()
  }, [editor, value, isHoldingUnsaved])

  return problem
}
