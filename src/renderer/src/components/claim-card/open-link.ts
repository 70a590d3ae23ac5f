import { call } from '../../api/client'

/**
 * Opens a web address in the user's browser. The main side checks the address first; the desktop
 * app opens it itself, the browser host leaves it to this tab. Throws the CallError on refusal.
 */
export async function openLink(url: string): Promise<void> {
  const { openedByApp } = await call('links.open', { url })
  if (!openedByApp) window.open(url, '_blank', 'noopener,noreferrer')
}
