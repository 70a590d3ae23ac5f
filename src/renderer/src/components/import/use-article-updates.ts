import { useEffect, useState } from 'react'
import type { ArticleUpdate } from '../../../../shared/import-model'
import { call } from '../../api/client'

/** How often the desk asks whether a watched file changed on disk. */
const POLL_MS = 2000

/**
 * Updates the main side made on its own (a watched file changed) since the desk opened; a new one
 * is returned, and `onUpdate` runs so the desk reloads what it shows.
 */
export function useArticleUpdates(
  onUpdate: () => void,
): [ArticleUpdate | null, (update: ArticleUpdate | null) => void] {
  const [latest, setLatest] = useState<ArticleUpdate | null>(null)
  useEffect(() => {
    let seen = new Date().toISOString()
    const poll = async () => {
      const [newest] = await call('articles.recentUpdates', {})
      if (!newest || newest.checkedAt <= seen) return
      seen = newest.checkedAt
      setLatest(newest)
      onUpdate()
    }
    const timer = window.setInterval(() => void poll().catch(() => undefined), POLL_MS)
    return () => window.clearInterval(timer)
  }, [onUpdate])
  return [latest, setLatest]
}
