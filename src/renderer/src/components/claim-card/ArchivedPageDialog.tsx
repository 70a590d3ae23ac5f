import { useEffect, useState } from 'react'
import type { ArchivedPage, SourceSnapshot } from '../../../../shared/evidence-model'
import { messageOf } from '../../../../shared/message-of'
import { readArchivedPage } from '../../hooks/use-archived-sources'
import { Dialog } from '../Dialog'
import { archivedLine } from './archived-line'

type Props = {
  snapshot: SourceSnapshot
  onClose: () => void
  onOpenOriginal: (url: string) => void
}

/**
 * The archived copy, offline: its readable text as plain text blocks (React escapes them), never
 * the page's markup, so nothing in it runs and nothing it names is fetched.
 */
export function ArchivedPageDialog({ snapshot, onClose, onOpenOriginal }: Props) {
  const [page, setPage] = useState<ArchivedPage | null>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    readArchivedPage(snapshot.warcFile).then(setPage, (failure: unknown) =>
      setError(messageOf(failure)),
    )
  }, [snapshot.warcFile])
  return (
    <Dialog open onClose={onClose} title="Archived copy" className="archived-page" isBodyFocusable>
      <p className="archived-line">{archivedLine(snapshot)}</p>
      <p>
        <span className="source-url">{snapshot.finalUrl}</span>{' '}
        <button type="button" onClick={() => onOpenOriginal(snapshot.finalUrl)}>
          Open original
        </button>
      </p>
      {error && <p role="alert">{error}</p>}
      {page && (
        <article aria-label="Archived text">
          <h3>{page.title}</h3>
          {page.blocks.map((block, index) => (
            <p key={index} className={`archived-block archived-${block.kind}`}>
              {block.text}
            </p>
          ))}
        </article>
      )}
    </Dialog>
  )
}
