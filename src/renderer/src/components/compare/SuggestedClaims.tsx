import { useState } from 'react'
import type { Suggestion } from '../../../../shared/compare-model'
import { call } from '../../api/client'
import { useCall } from '../../hooks/use-call'
import { useWorkspace } from '../../state/workspace-context'
import '../../styles/compare.css'

type Props = {
  articleId: string
  /** Reloads the list when claims come and go: a marked sentence is no longer suggested. */
  claimCount: number
  onAccept: (range: { start: number; end: number }) => Promise<void>
}

/**
 * Sentences worth checking, ranked, folded away until wanted (and only then computed, so opening an
 * article costs nothing); each can become a claim or be dismissed for good.
 */
export function SuggestedClaims({ articleId, claimCount, onAccept }: Props) {
  const { revision, showNotice } = useWorkspace()
  const [isOpen, setOpen] = useState(false)
  const [answered, setAnswered] = useState(0)
  // One number that changes whenever the list may have: an edit anywhere, a claim marked, an answer here.
  const reload = revision * 1_000_000 + claimCount * 1_000 + answered
  const found = useCall('suggestions.list', isOpen ? { articleId } : null, reload)

  const dismiss = async ({ start, end }: Suggestion) => {
    try {
      await call('suggestions.dismiss', { articleId, start, end })
      setAnswered((count) => count + 1)
    } catch (error) {
      showNotice({ kind: 'error', text: (error as Error).message })
    }
  }

  // Reloaded once the claim is stored, not while it is still on its way.
  const accept = async ({ start, end }: Suggestion) => {
    await onAccept({ start, end })
    setAnswered((count) => count + 1)
  }

  const isReady = isOpen && found.status === 'ready'
  return (
    <details className="suggested-claims" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Suggested claims{isReady ? ` (${found.value.length})` : ''}</summary>
      {isOpen && found.status === 'loading' && <p className="empty-note">Reading the article…</p>}
      {found.status === 'failed' && <p role="alert">{found.message}</p>}
      {isReady && found.value.length === 0 && (
        <p className="empty-note">Nothing more to suggest.</p>
      )}
      {isReady && (
        <ul aria-label="Suggested claims">
          {found.value.map((suggestion) => (
            <li key={suggestion.start} className="suggestion">
              <p>{suggestion.text}</p>
              <p className="counterpart-reasons">
                {Math.round(suggestion.score * 100)}% · {suggestion.reasons.join(' · ')}
              </p>
              <button type="button" onClick={() => void accept(suggestion)}>
                Accept
              </button>{' '}
              <button type="button" onClick={() => void dismiss(suggestion)}>
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  )
}
