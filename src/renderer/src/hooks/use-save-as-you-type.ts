import { useCallback, useEffect, useRef } from 'react'

/** A pause in typing this long saves what was typed: short enough that a crash loses little. */
export const SAVE_PAUSE_MS = 400

export type SaveAsYouType = {
  /** Call on every edit: `save` runs once typing pauses. */
  edited(): void
  /** Saves a pending edit now (leaving the field, pressing Enter). */
  flush(): void
}

/**
 * Saves a text field while it is typed in, and at once when the field unmounts (the card closes,
 * another article opens) or the window goes: `save` reads the latest text and sends it if it changed.
 * Changes are sent at once and outlive the page (see the client), so a flush here is enough.
 */
export function useSaveAsYouType(save: () => void): SaveAsYouType {
  const timer = useRef<number | undefined>(undefined)
  const latestSave = useRef(save)
  useEffect(() => {
    latestSave.current = save
  }, [save])

  const flush = useCallback(() => {
    if (timer.current === undefined) return
    window.clearTimeout(timer.current)
    timer.current = undefined
    latestSave.current()
  }, [])

  const edited = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(flush, SAVE_PAUSE_MS)
  }, [flush])

  useEffect(() => {
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('beforeunload', flush)
      flush()
    }
  }, [flush])

  return { edited, flush }
}
