import { useEffect } from 'react'
import type { Preferences } from './preferences'

/** Applies theme and zoom to the page: `data-theme` picks the palette, `zoom` scales the whole UI. */
export function useAppearance({ theme, zoom }: Pick<Preferences, 'theme' | 'zoom'>): void {
  useEffect(() => {
    const root = document.documentElement
    if (theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
  }, [theme])
  useEffect(() => {
    document.documentElement.style.setProperty('zoom', String(zoom))
  }, [zoom])
}
