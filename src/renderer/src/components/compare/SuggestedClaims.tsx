import { useState } from 'react'
import type { Suggestion } from '../../../../shared/compare-model'
import { useCallQuery } from '../../data/use-call-query'
import { useWorkspace } from '../../state/workspace-context'
import '../../styles/compare.css'

type Props = {
  articleId: string
  onAccept: (range: { start: number; end: number }) => Promise<void>
}

/**
 * Sentences worth checking, ranked, folded away until wanted (and only then computed, so opening an
 * article costs nothing); each can become a claim or be dismissed for good.
 */
export function SuggestedClaims({ articleId, onAccept }: Props) {
  const { perform } = useWorkspace()
  const [isOpen, setOpen] = useState(false)
  // Marking a claim or dismissing one makes the list stale, and it is asked for again.
  const found = useCallQuery('suggestions.list', isOpen ? { articleId } : null)

  const dismiss = ({ start, end }: Suggestion) =>
    perform('suggestions.dismiss', { articleId, start, end })
  const accept = ({ start, end }: Suggestion) => onAccept({ start, end })

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
