import type { ArticleUpdate } from '../../../../shared/import-model'

type Props = { update: ArticleUpdate; onDismiss: () => void }

const STATE_LABELS = {
  anchored: 'unchanged',
  moved: 'moved',
  'needs-review': 'to review',
  orphaned: 'orphaned',
}

/** "Article updated": what changed, paragraph by paragraph, and which claims it touched. */
export function ArticleUpdateBanner({ update, onDismiss }: Props) {
  const touchedStates = Object.entries(update.anchors)
    .filter(([state, count]) => state !== 'anchored' && count > 0)
    .map(([state, count]) => `${count} ${STATE_LABELS[state as keyof typeof STATE_LABELS]}`)
  const counts = (['added', 'changed', 'removed'] as const)
    .map((kind) => [kind, update.changes.filter((change) => change.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${count === 1 ? 'paragraph' : 'paragraphs'} ${kind}`)
  return (
    <section className="article-update" role="region" aria-label="Article updated">
      <p className="article-update-title">
        <strong>Article updated.</strong> {update.message}
      </p>
      <p>{counts.join(', ') || 'No paragraph changed.'}</p>
      <p>Claims: {touchedStates.length > 0 ? touchedStates.join(', ') : 'all still in place'}.</p>
      <details>
        <summary>What changed</summary>
        <ul className="article-update-changes">
          {update.changes.map((change, index) => (
            <li key={index} className={`change-${change.kind}`}>
              <span className="change-kind">{change.kind}</span>{' '}
              {change.kind === 'changed' ? (
                <>
                  <del>{change.before}</del> <ins>{change.after}</ins>
                </>
              ) : (
                (change.after ?? change.before)
              )}
            </li>
          ))}
        </ul>
      </details>
      <button type="button" className="quiet-button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  )
}
