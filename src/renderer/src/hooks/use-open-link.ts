import { useCallback } from 'react'
import { call } from '../api/client'

/**
 * Opens a web address in the user's browser. The main side checks the address first; the desktop
 * app opens it itself, the browser host leaves it to this tab. Rejects with the CallError on refusal.
 */
export function useOpenLink(): (url: string) => Promise<void> {
  return useCallback(async (url: string) => {
    const { openedByApp } = await call('links.open', { url })
    if (!openedByApp) window.open(url, '_blank', 'noopener,noreferrer')
  }, [])
}
