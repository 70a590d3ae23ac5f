import { useSyncExternalStore } from 'react'
import { z } from 'zod'

/** How this window looks and where the user was: kept in this profile, not in the workspace. */
export const Preferences = z.object({
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
  zoom: z.number().min(0.5).max(2).catch(1),
  showArticleList: z.boolean().catch(true),
  showClaimsPanel: z.boolean().catch(true),
  articleListWidth: z.number().int().min(180).max(600).catch(260),
  claimsPanelWidth: z.number().int().min(240).max(700).catch(340),
  lastArticleId: z.string().max(200).nullable().catch(null),
})
export type Preferences = z.infer<typeof Preferences>
export type Theme = Preferences['theme']

const STORAGE_KEY = 'claimdesk.preferences'
const ZOOM_STEPS = [0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const

function load(): Preferences {
  try {
    return Preferences.parse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}'))
  } catch {
    return Preferences.parse({})
  }
}

let current = load()
const listeners = new Set<() => void>()

export function updatePreferences(change: Partial<Preferences>): void {
  current = Preferences.parse({ ...current, ...change })
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current))
  } catch {
    // Storage can be full or disabled; the preference still applies for this session.
  }
  listeners.forEach((listener) => listener())
}

export function usePreferences(): Preferences {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    () => current,
  )
}

/** The next zoom step up or down from the current one. */
export function steppedZoom(zoom: number, direction: 1 | -1): number {
  const index = ZOOM_STEPS.findIndex((step) => step >= zoom - 0.001)
  const at = index < 0 ? ZOOM_STEPS.length - 1 : index
  const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, at + direction))]
  return next ?? 1
}
